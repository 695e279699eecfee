using System.Diagnostics;
using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// A notebook of hostile cells run through real Jupyter (<c>nbconvert --execute --allow-errors</c>) with the packed
/// extension: a FIFO, devices, a keyword as name, exports onto a folder, an existing file and the loaded listing, a
/// search that expands to more than 1,024 terms, a 100 KB id, a listing of 100,000 meta lines. The kernel lives to the
/// last cell, every error is one line, and no file is touched. One notebook run serves all the tests.
/// </summary>
public sealed class HostileNotebookTests(HostileNotebookTests.ExecutedNotebook run) : IClassFixture<HostileNotebookTests.ExecutedNotebook>
{
    private const string HandEdited = "% hand-edited, keep me\n@misc{mine, title={Mine}}\n";

    internal static readonly string[] Cells =
    [
        "", // replaced by the package-loading cell
        "var before = \"kept\";",
        "#!paper load listing.fifo",
        "#!paper load /dev/zero",
        "#!paper load /dev/urandom",
        "#!paper load /proc/self/status",
        "#!paper load mylisting.txt --name class",
        "#!paper list --from class",
        "#!paper load mylisting.txt --name mine",
        "#!paper export --to bibtex --out /",
        "#!paper export --to bibtex --out existing.bib",
        "#!paper export --to csv --out mylisting.txt --force",
        "#!paper load awords.txt --name awords",
        "#!paper search a* --from awords",
        "#!paper similar " + new string('x', 100_000) + " --from mine",
        "#!paper load meta.txt --name meta",
        "Console.WriteLine($\"before={before}\");",
    ];

    private const int Fifo = 2, Zero = 3, Urandom = 4, Proc = 5, KeywordName = 6, KeywordNotRegistered = 7, LoadMine = 8,
        ExportToFolder = 9, ExportOverExisting = 10, ExportOverListing = 11, LoadAWords = 12, SearchAWords = 13,
        SimilarHugeId = 14, LoadMeta = 15, Last = 16;

    [Fact]
    public void The_kernel_lives_to_the_last_cell_and_keeps_the_first_cells_variable() =>
        Assert.Contains(run.Outputs[Last], o => o.Plain.Contains("before=kept", StringComparison.Ordinal));

    [Fact]
    public void Every_error_is_one_line_without_a_stack_trace()
    {
        var errors = run.Outputs.SelectMany(o => o).Where(o => o.IsError || o.OutputType == "stream" && o.Plain.Contains("   at ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.True(e.IsError, $"a stack trace in a stream output: {Excerpt(e.Plain)}");
            string value = (e.ErrorValue ?? "").Trim();
            Assert.DoesNotContain("   at ", value);
            Assert.True(!value.Contains('\n') || value.StartsWith("Query error", StringComparison.Ordinal), $"a multi-line error: {Excerpt(value)}");
            Assert.True(value.Length < 600, $"an error of {value.Length} characters: {Excerpt(value)}");
        });
    }

    [Theory]
    [InlineData(Fifo, "listing.fifo' is not a regular file")]
    [InlineData(Zero, "'/dev/zero' is not a regular file")]
    [InlineData(Urandom, "'/dev/urandom' is not a regular file")]
    [InlineData(Proc, "'/proc/self/status' is not a regular file")]
    [InlineData(KeywordName, "--name 'class' is a C# keyword")]
    [InlineData(KeywordNotRegistered, "No loaded collection is named 'class'")]
    [InlineData(ExportToFolder, "'/' is a folder; give a file name.")]
    [InlineData(ExportOverExisting, "existing.bib' exists; use --force to replace it.")]
    [InlineData(ExportOverListing, "mylisting.txt' is the file being read; write to another file.")]
    [InlineData(SimilarHugeId, "characters)")]
    [InlineData(LoadMeta, "No papers could be read from")]
    public void Each_hostile_cell_fails_with_its_own_clear_line(int cell, string expected)
    {
        var error = Assert.Single(run.Outputs[cell], o => o.IsError);
        Assert.Contains(expected, error.ErrorValue);
    }

    [Fact]
    public void A_listing_of_only_meta_lines_shows_a_bounded_summary_of_its_diagnostics()
    {
        string shown = string.Concat(run.Outputs[LoadMeta].Where(o => !o.IsError).Select(o => o.Plain + o.Html));
        Assert.Contains("not shown", shown);
        Assert.True(shown.Length < 200_000, $"{shown.Length} characters of diagnostics");
    }

    [Fact]
    public void A_prefix_search_over_more_than_1024_distinct_words_answers_without_a_stack_trace()
    {
        Assert.DoesNotContain(run.Outputs[LoadAWords], o => o.IsError);
        var outputs = run.Outputs[SearchAWords];
        Assert.True(outputs.Any(o => o.IsError) || outputs.Any(o => o.Html.Length > 0 || o.Plain.Length > 0), "the search showed nothing");
        Assert.DoesNotContain(outputs, o => (o.ErrorValue ?? o.Plain).Contains("TooManyClauses", StringComparison.Ordinal) && (o.ErrorValue ?? o.Plain).Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public void No_file_was_touched()
    {
        Assert.Equal(HandEdited, File.ReadAllText(Path.Combine(run.Folder, "existing.bib")));
        Assert.Equal(run.ListingText, File.ReadAllText(Path.Combine(run.Folder, "mylisting.txt")));
        Assert.Empty(Directory.GetFiles(run.Folder, "*.tmp"));
        Assert.Empty(Directory.GetFiles(run.Folder, ".*"));
    }

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>Writes the hostile files, packs the extension and executes the notebook once.</summary>
    public sealed class ExecutedNotebook : IAsyncLifetime
    {
        public string Folder { get; } = Repository.Artifacts("e2e", "hostile");
        public string ListingText { get; private set; } = "";
        public IReadOnlyList<IReadOnlyList<CellOutput>> Outputs { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Prerequisites.Require();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            Directory.CreateDirectory(Folder);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Listings", "hostile.txt"), Path.Combine(Folder, "mylisting.txt"));
            ListingText = File.ReadAllText(Path.Combine(Folder, "mylisting.txt"));
            File.WriteAllText(Path.Combine(Folder, "existing.bib"), HandEdited);
            using (var mkfifo = Process.Start("mkfifo", [Path.Combine(Folder, "listing.fifo")])) await mkfifo.WaitForExitAsync();
            // One abstract with 1,100 distinct words starting with 'a': a* expands past Lucene's 1,024 clauses.
            string aWords = string.Join(" ", Enumerable.Range(0, 1100).Select(i => "a" + Letters(i)));
            File.WriteAllLines(Path.Combine(Folder, "awords.txt"),
                ["LGJan 5, 2024", "Alphabet Soup of ParametersAnn Author, Bob Writer", $"Abstract: {aWords}."]);
            File.WriteAllLines(Path.Combine(Folder, "meta.txt"), Enumerable.Repeat("LGJan 5, 2024", 100_000));

            var cells = Cells.ToArray();
            cells[0] = await ExtensionPackage.LoadCellAsync();
            string notebook = Path.Combine(Folder, "hostile.ipynb");
            Notebook.Write(notebook, cells);
            string executed = await Jupyter.ExecuteAsync(notebook, allowErrors: true, outputFolder: Repository.Artifacts("e2e"));
            Outputs = Notebook.ReadOutputs(executed);
        }

        /// <summary>0 → "aaa", 1 → "aab", ...: distinct lowercase words.</summary>
        private static string Letters(int n) => new([(char)('a' + n / 676 % 26), (char)('a' + n / 26 % 26), (char)('a' + n % 26)]);

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
