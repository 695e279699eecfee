using System.Text.Json;
using PaperNotebooks.Listing;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

/// <summary>papernb topics: one row per paper in input order, the topic table on stderr, -o written whole and never
/// over a file unasked.</summary>
public sealed class TopicsCommandTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static PaperNotebooks.Model.PaperCollection SeedPapers => PaperListingReader.ReadFile(TestFiles.Seed, new ListingReadOptions()).Papers;

    [Fact]
    public void Topics_writes_one_csv_row_per_paper_in_input_order_and_the_table_on_stderr()
    {
        var (exitCode, stdout, stderr) = Run("topics", TestFiles.Seed, "--model", "nmf", "--k", "3", "--to", "csv");

        Assert.Equal(0, exitCode);
        var lines = stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,arxiv_id,title,topic,topic_label", lines[0]);
        var seed = SeedPapers;
        Assert.Equal(seed.Count + 1, lines.Length);
        for (int i = 0; i < seed.Count; i++) Assert.StartsWith(seed[i].Id + ",", lines[i + 1]);
        Assert.Contains("nmf: NMF (coordinate descent from an NNDSVDa start, seed 42)", stderr);
        Assert.Contains("k = 3 as asked.", stderr);
        Assert.Contains("topic  papers  terms / most central paper", stderr);
    }

    [Fact]
    public void Topics_writes_json_to_a_file_and_refuses_to_replace_it_without_force()
    {
        string output = Path.Combine(_folder.Path, "topics.json");
        var first = Run("topics", TestFiles.Seed, "--model", "nmf", "--k", "2", "--to", "json", "-o", output);
        Assert.Equal(0, first.ExitCode);
        using (var json = JsonDocument.Parse(File.ReadAllText(output)))
        {
            Assert.Equal(SeedPapers.Count, json.RootElement.GetArrayLength());
            var row = json.RootElement[0];
            Assert.Equal(["key", "arxiv_id", "title", "topic", "topic_label"], row.EnumerateObject().Select(p => p.Name));
        }

        string before = File.ReadAllText(output);
        var refused = Run("topics", TestFiles.Seed, "--model", "nmf", "--to", "json", "-o", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("exists; use --force to replace it", refused.Stderr);
        Assert.Equal(before, File.ReadAllText(output));
    }

    [Fact]
    public void Topics_refuses_a_bad_k_and_says_what_it_takes()
    {
        var (exitCode, _, stderr) = Run("topics", TestFiles.Seed, "--k", "1", "--to", "csv");
        Assert.Equal(2, exitCode);
        Assert.Contains("--k must be auto or a whole number from 2 to 100, not '1'.", stderr);
    }
}
