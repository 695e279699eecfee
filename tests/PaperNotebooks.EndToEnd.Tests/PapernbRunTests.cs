using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary><c>papernb run</c> on notebooks that go wrong: the failure is reported precisely and nothing else is lost.</summary>
public sealed class PapernbRunTests
{
    [Fact]
    public async Task A_failing_cell_is_reported_by_notebook_and_number_and_the_other_notebooks_still_run()
    {
        string folder = Repository.Artifacts("e2e", "papernb-run-failure");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        Notebook.Write(Path.Combine(folder, "a-broken.ipynb"), ["#!paper load", "papers.NoSuchMember", "papers.Count"]);
        Notebook.Write(Path.Combine(folder, "b-fine.ipynb"), ["#!paper load", "papers.Count"]);
        File.WriteAllText(Path.Combine(folder, "c-not-json.ipynb"), "{ this is not a notebook");
        string output = Path.Combine(folder, "out");

        var run = await Papernb.RunAsync("run", folder, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a-broken.ipynb: cell 2 failed: ", run.Error);
        Assert.Contains("NoSuchMember", run.Error);
        Assert.Contains("c-not-json.ipynb: not valid JSON", run.Error);
        Assert.Contains("2 of 3 notebooks failed", run.Error);
        Assert.DoesNotContain("   at ", run.Error);

        var broken = Notebook.ReadOutputs(Path.Combine(output, "a-broken.ipynb"));
        Assert.Contains(broken[1], o => o.IsError && o.ErrorValue!.Contains("NoSuchMember", StringComparison.Ordinal));
        Assert.Empty(broken[2]);
        var fine = Notebook.ReadOutputs(Path.Combine(output, "b-fine.ipynb"));
        Assert.Contains(fine[1], o => (o.Html + o.Plain).Contains("18", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "b-fine.html")));
    }

    [Fact]
    public async Task A_missing_notebook_is_a_usage_error_naming_it()
    {
        var run = await Papernb.RunAsync("run", "no/such/notebook.ipynb");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no/such/notebook.ipynb: no such notebook or folder", run.Error);
    }
}
