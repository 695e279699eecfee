using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// Several sources in the real dotnet-interactive Jupyter kernel: the shipped .bib, a JSON export of the seed's
/// cs.LG papers and a CSV export of its cs.DC papers load into one collection; the papers they share are merged,
/// listed by Duplicates(), and exported again as BibTeX with their arXiv ids.
/// </summary>
public sealed class MergedSourcesInJupyterTests : IClassFixture<MergedSourcesInJupyterTests.ExecutedNotebook>
{
    private readonly ExecutedNotebook _run;

    public MergedSourcesInJupyterTests(ExecutedNotebook run) => _run = run;

    internal static readonly string[] Cells =
    [
        "", // replaced by the package-loading cell
        "#!paper load",
        "#!paper export --to json --category LG --out lg.json --force",
        "#!paper export --to csv --category DC --out dc.csv --force",
        "#!paper load references.bib lg.json dc.csv --name mine",
        "mine.Count",
        "mine.Duplicates()",
        "#!paper export --to bibtex --out mine.bib --force",
        "System.IO.File.ReadAllText(\"mine.bib\").Contains(\"eprint = {2309.14509}\")",
    ];

    private const int LoadMerged = 4, Count = 5, Duplicates = 6, ReadBack = 8;

    // 12 entries in the .bib, 6 cs.LG and 3 cs.DC papers in the seed; Ulysses and DeepSpeed-Chat (LG) and FPDT (DC) are in both.
    [Fact]
    public void Three_files_load_into_one_collection_with_the_shared_papers_merged()
    {
        Assert.Contains(_run.Outputs[LoadMerged], o => Text(o).Contains("Loaded 18 papers from 3 files into mine and mineFrame.", StringComparison.Ordinal));
        Assert.Contains(_run.Outputs[LoadMerged], o => Text(o).Contains("3 copies of papers found in more than one place merged; see mine.Duplicates().", StringComparison.Ordinal));
        Assert.Contains(_run.Outputs[Count], o => Text(o).Contains("18", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicates_shows_each_merged_paper_with_the_files_it_came_from()
    {
        string text = string.Concat(_run.Outputs[Duplicates].Select(o => o.Plain));
        Assert.Contains("3 papers merged from 6 copies", text);
        Assert.Contains("references.bib:7", text);
        Assert.Contains("paper-duplicates", string.Concat(_run.Outputs[Duplicates].Select(o => o.Html)));
    }

    [Fact]
    public void The_merged_collection_exports_as_bibtex_with_the_arxiv_ids_the_bib_brought()
    {
        Assert.Contains(_run.Outputs[ReadBack], o => Text(o).Contains("True", StringComparison.Ordinal));
        Assert.DoesNotContain(_run.Outputs.SelectMany(o => o), o => o.IsError);
    }

    private static string Text(CellOutput output) => output.Plain + output.Html;

    public sealed class ExecutedNotebook : IAsyncLifetime
    {
        public string Folder { get; } = Repository.Artifacts("e2e", "merged");
        public IReadOnlyList<IReadOnlyList<CellOutput>> Outputs { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Prerequisites.Require();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            Directory.CreateDirectory(Folder);
            File.Copy(Repository.File("seeds", "references.bib"), Path.Combine(Folder, "references.bib"));

            var cells = Cells.ToArray();
            cells[0] = await ExtensionPackage.LoadCellAsync();
            string notebook = Path.Combine(Folder, "merged.ipynb");
            Notebook.Write(notebook, cells);

            Outputs = Notebook.ReadOutputs(await Jupyter.ExecuteAsync(notebook));
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
