using System.Text.Json.Nodes;
using PaperNotebooks.Cli.Notebooks;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

/// <summary>papernb run checks what it reads and writes before anything runs. These notebooks have no code cells,
/// so no kernel starts.</summary>
public sealed class RunPlanTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "out");

    public static TheoryData<string, string> Malformations => new()
    {
        { "source", "cell 1: source must be a string or a list of strings" },
        { "outputs", "cell 1: outputs must be a list of objects" },
        { "nbformat", "nbformat must be a whole number" },
        { "tags", "cell 1: metadata.tags must be a list of strings" },
    };

    [Theory]
    [MemberData(nameof(Malformations))]
    public void A_malformed_notebook_is_reported_by_cell_and_field_and_the_others_still_run(string field, string expected)
    {
        var bad = TestNotebook.Of("1 + 1");
        var cell = bad["cells"]![0]!;
        switch (field)
        {
            case "source": cell["source"] = 5; break;
            case "outputs": cell["outputs"] = "none"; break;
            case "nbformat": bad["nbformat"] = "4"; break;
            case "tags": cell["metadata"]!["tags"] = new JsonArray(1, 2); break;
        }
        TestNotebook.Write(_folder.Path, "a-bad.ipynb", bad);
        TestNotebook.Write(_folder.Path, "b-good.ipynb", TestNotebook.MarkdownOnly());

        var (exitCode, stdout, stderr) = Run("run", _folder.Path, "--out", Out);

        Assert.Equal(1, exitCode);
        Assert.Contains($"a-bad.ipynb: {expected}{Environment.NewLine}", stderr);
        Assert.Contains("1 of 2 notebooks failed", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("b-good.ipynb -> ", stdout);
        Assert.True(File.Exists(Path.Combine(Out, "b-good.ipynb")));
        Assert.True(File.Exists(Path.Combine(Out, "b-good.html")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_refused_before_anything_runs()
    {
        string notebook = TestNotebook.Write(_folder.Path, "x.ipynb", TestNotebook.MarkdownOnly());

        var (exitCode, stdout, stderr) = Run("run", notebook, "--out", "/proc");

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith("papernb: --out: cannot write in '/proc'", stderr);
        Assert.Single(Lines(stderr));
    }

    [Fact]
    public void Two_notebooks_with_the_same_name_are_refused_before_anything_runs()
    {
        string a = TestNotebook.Write(_folder.Path, "a/same.ipynb", TestNotebook.MarkdownOnly());
        string b = TestNotebook.Write(_folder.Path, "b/same.ipynb", TestNotebook.MarkdownOnly());

        var (exitCode, _, stderr) = Run("run", a, b, "--out", Out);

        Assert.Equal(2, exitCode);
        Assert.Equal($"papernb: '{a}' and '{b}' would both be written as 'same' in --out; run them into different folders or rename one{Environment.NewLine}", stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Run_never_writes_over_the_notebooks_it_reads()
    {
        string notebook = TestNotebook.Write(_folder.Path, "x.ipynb", TestNotebook.MarkdownOnly());
        string before = File.ReadAllText(notebook);

        var (exitCode, _, stderr) = Run("run", notebook, "--out", _folder.Path, "--format", "ipynb", "--force");

        Assert.Equal(2, exitCode);
        Assert.Contains($"'{notebook}' is the file being read; write to another file", stderr);
        Assert.Equal(before, File.ReadAllText(notebook));
    }

    [Fact]
    public void Run_replaces_its_own_outputs_but_not_other_files_unless_force_is_given()
    {
        string notebook = TestNotebook.Write(_folder.Path, "x.ipynb", TestNotebook.MarkdownOnly());
        Assert.Equal(0, Run("run", notebook, "--out", Out).ExitCode);
        Assert.Equal(0, Run("run", notebook, "--out", Out).ExitCode);

        string page = Path.Combine(Out, "x.html");
        File.WriteAllText(page, "<p>written by hand</p>");
        var refused = Run("run", notebook, "--out", Out);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"papernb: --out: '{page}' exists; use --force to replace it{Environment.NewLine}", refused.Stderr);
        Assert.Equal("<p>written by hand</p>", File.ReadAllText(page));

        Assert.Equal(0, Run("run", notebook, "--out", Out, "--force").ExitCode);
        Assert.Contains("<meta name=\"generator\" content=\"papernb\">", File.ReadAllText(page));
    }

    [Fact]
    public void A_notebook_nested_deeper_than_64_levels_is_read_and_written_back()
    {
        var notebook = TestNotebook.MarkdownOnly();
        JsonObject deep = [];
        notebook["metadata"]!["deep"] = deep;
        for (int level = 0; level < 200; level++) deep = (JsonObject)(deep["next"] = new JsonObject());
        string path = TestNotebook.Write(_folder.Path, "deep.ipynb", notebook);

        var (exitCode, _, stderr) = Run("run", path, "--out", Out, "--format", "ipynb");

        Assert.True(exitCode == 0, stderr);
        var written = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "deep.ipynb")), documentOptions: new() { MaxDepth = 1024 })!;
        Assert.Equal(200, Depth(written["metadata"]!["deep"]!));
    }

    [Fact]
    public void The_shipped_notebooks_pass_the_structure_check()
    {
        var shipped = Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.ipynb");

        Assert.NotEmpty(shipped);
        Assert.All(shipped, path => Assert.True(NotebookDocument.TryLoad(path, out string? error) is not null, $"{path}: {error}"));
    }

    private static int Depth(JsonNode node) => node["next"] is { } next ? 1 + Depth(next) : 0;
}
