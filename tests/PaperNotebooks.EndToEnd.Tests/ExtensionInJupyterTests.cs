using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// The packed extension in the real dotnet-interactive Jupyter kernel: a notebook runs every subcommand through
/// `jupyter nbconvert --execute`, and its HTML export is opened in headless Chromium.
/// One notebook run serves all the assertions; each test checks one part of it.
/// </summary>
public sealed class ExtensionInJupyterTests : IClassFixture<ExtensionInJupyterTests.ExecutedNotebook>
{
    private readonly ExecutedNotebook _run;

    public ExtensionInJupyterTests(ExecutedNotebook run) => _run = run;

    internal static readonly string[] Cells =
    [
        "", // replaced by the package-loading cell
        "#!paper load",
        "papers.Count",
        "papersFrame.Rows.Count",
        "#!paper list --category LG --year 2021..2024 --sort date --desc --top 3",
        "#!paper show long context training",
        "#!paper show tanaka2021automatic",
        "#!paper stats",
        "#!paper export --to bibtex --category CL",
        "#!paper export --to json --out exported.json",
        "#!paper list --author \"sam ade jacobs\"",
        "#!paper load hostile.txt --name hostile",
        "#!paper list --from hostile",
        "#!paper help",
        "#!paper lst",
        "#!paper load no-such-listing.txt",
        "#!paper list --year abc",
        "papers.Where(p => p.HasCode).Select(p => p.Id)",
    ];

    private const int Load = 0, LoadSeed = 1, Count = 2, FrameRows = 3, List = 4, ShowWords = 5, ShowId = 6, Stats = 7,
        ExportText = 8, ExportFile = 9, ListAuthor = 10, LoadHostile = 11, ListHostile = 12, Help = 13,
        UnknownSubcommand = 14, MissingFile = 15, BadYear = 16, AfterErrors = 17;

    [Fact]
    public void The_package_loads_and_shows_its_banner() =>
        Assert.Contains(_run.Outputs[Load], o => o.Html.Contains("paper-banner", StringComparison.Ordinal) || o.Plain.Contains("#!paper", StringComparison.Ordinal));

    [Fact]
    public void Load_reads_the_bundled_seed_and_defines_papers_and_papersFrame()
    {
        Assert.Contains(_run.Outputs[LoadSeed], o => o.Html.Contains("paper-load", StringComparison.Ordinal) && o.Html.Contains("18", StringComparison.Ordinal));
        Assert.Contains(_run.Outputs[Count], o => Text(o).Contains("18", StringComparison.Ordinal));
        Assert.Contains(_run.Outputs[FrameRows], o => Text(o).Contains("18", StringComparison.Ordinal));
    }

    [Fact]
    public void List_filters_sorts_and_limits()
    {
        string html = Html(List);
        Assert.Contains("paper-table", html);
        Assert.Contains("jacobs2023deepspeed", html.Replace("\u200b", ""));
        Assert.DoesNotContain("tanaka2025estimating", html);
    }

    [Fact]
    public void Show_finds_papers_by_title_words_and_by_id()
    {
        Assert.Contains("paper-card", Html(ShowWords));
        Assert.Contains("Training Ultra Long Context Language Model", Html(ShowWords));
        Assert.Contains("Automatic Graph Partitioning", Html(ShowId));
    }

    [Fact]
    public void Author_matching_ignores_accents_in_jupyter_too()
    {
        string html = Html(ListAuthor);
        Assert.Contains("yao2026mac", html);
        Assert.Contains("jacobs2023deepspeed", html);
    }

    [Fact]
    public void Stats_and_export_produce_their_views_and_files()
    {
        Assert.Contains("paper-statistics", Html(Stats));
        Assert.Contains("Masahiro Tanaka", Html(Stats));
        Assert.Contains("@misc{", Html(ExportText) + string.Concat(_run.Outputs[ExportText].Select(o => o.Plain)));
        Assert.True(File.Exists(Path.Combine(_run.Folder, "exported.json")), "export --out wrote no file next to the notebook");
    }

    [Fact]
    public void Hostile_text_renders_as_text_not_markup()
    {
        string html = Html(ListHostile) + Html(LoadHostile);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public void Help_lists_every_subcommand()
    {
        string help = Html(Help) + string.Concat(_run.Outputs[Help].Select(o => o.Plain));
        foreach (var subcommand in new[] { "load", "list", "show", "stats", "export" }) Assert.Contains(subcommand, help);
    }

    [Fact]
    public void Errors_are_short_name_the_problem_and_leave_the_kernel_working()
    {
        var unknown = Assert.Single(_run.Outputs[UnknownSubcommand], o => o.IsError);
        Assert.Contains("list", unknown.ErrorValue);
        var missing = Assert.Single(_run.Outputs[MissingFile], o => o.IsError);
        Assert.Contains("no-such-listing.txt", missing.ErrorValue);
        var badYear = Assert.Single(_run.Outputs[BadYear], o => o.IsError);
        Assert.Contains("abc", badYear.ErrorValue);
        foreach (var error in new[] { unknown, missing, badYear }) Assert.DoesNotContain("   at ", error.ErrorValue);

        Assert.Contains(_run.Outputs[AfterErrors], o => Text(o).Contains("yao2026mac", StringComparison.Ordinal));
    }

    [Fact]
    public void The_exported_html_renders_the_papers_in_a_real_browser()
    {
        string dom = _run.RenderedDom;
        Assert.Contains("paper-card", dom);
        Assert.Contains("paper-table", dom);
        Assert.Contains("GRIN: GRadient-INformed MoE", dom);
        Assert.DoesNotContain("<script>alert", dom);
        Assert.True(new FileInfo(_run.Screenshot).Length > 10_000, "the screenshot is empty");
    }

    private string Html(int cell) => string.Concat(_run.Outputs[cell].Where(o => !o.IsKernelBootstrap).Select(o => o.Html));

    private static string Text(CellOutput output) => output.Plain + output.Html;

    /// <summary>Packs the extension, executes the notebook once, exports and renders it.</summary>
    public sealed class ExecutedNotebook : IAsyncLifetime
    {
        public string Folder { get; } = Repository.Artifacts("e2e", "extension");
        public IReadOnlyList<IReadOnlyList<CellOutput>> Outputs { get; private set; } = [];
        public string RenderedDom { get; private set; } = "";
        public string Screenshot => Path.Combine(Folder, "extension.png");

        public async Task InitializeAsync()
        {
            Prerequisites.Require();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            Directory.CreateDirectory(Folder);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Listings", "hostile.txt"), Path.Combine(Folder, "hostile.txt"));

            var cells = Cells.ToArray();
            cells[Load] = await ExtensionPackage.LoadCellAsync();
            string notebook = Path.Combine(Folder, "extension.ipynb");
            Notebook.Write(notebook, cells, raisesExceptionCells: [cells[UnknownSubcommand], cells[MissingFile], cells[BadYear]]);

            string executed = await Jupyter.ExecuteAsync(notebook);
            Outputs = Notebook.ReadOutputs(executed);
            string html = await Jupyter.ToHtmlAsync(executed);
            RenderedDom = await Chromium.RenderAsync(html, Screenshot);
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
