using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// Every shipped notebook with charts, executed by real Jupyter, goes through <c>papernb share</c>; then every chart
/// shows without scripts (the page with scripts off, nbconvert's page with every script removed, the PDF) and stays
/// interactive with them, with no static copy left beside it. Outputs stay in artifacts/e2e/notebooks/shared/.
/// </summary>
[Collection(ShippedNotebookRuns.Collection)]
public sealed partial class SharedNotebookTests : IAsyncLifetime
{
    /// <summary>Every shipped notebook but the first, which draws no chart.</summary>
    public static TheoryData<string> ChartNotebooks() => [.. ShippedNotebookRuns.Names.Where(n => !n.StartsWith("01", StringComparison.Ordinal))];

    private readonly ShippedNotebookRuns _runs;
    private PageBrowser _browser = null!;

    public SharedNotebookTests(ShippedNotebookRuns runs) => _runs = runs;

    public async Task InitializeAsync() => _browser = await PageBrowser.StartAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Theory]
    [MemberData(nameof(ChartNotebooks))]
    public async Task The_shared_page_without_scripts_shows_a_drawn_image_for_every_chart(string name)
    {
        var shared = await _runs.SharedAsync(name);
        int charts = ShippedNotebookTests.ChartsIn(shared.Executed);

        var images = await _browser.StaticImagesWithoutScriptsAsync(shared.Html);

        Assert.True(charts >= 2, $"{name} has {charts} charts");
        Assert.Equal(charts, images.Count);
        foreach (var image in images) Assert.True(await _browser.ColoursAsync(image) > 10, "a chart's image is blank");
    }

    [Theory]
    [MemberData(nameof(ChartNotebooks))]
    public async Task The_shared_page_with_scripts_draws_every_chart_and_keeps_no_static_copy(string name)
    {
        var shared = await _runs.SharedAsync(name);
        int charts = ShippedNotebookTests.ChartsIn(shared.Executed);

        var (drawn, staticImages, loadFailure) = await _browser.WithScriptsAsync(shared.Html, charts);

        Assert.Equal(charts, drawn);
        Assert.Equal(0, staticImages);
        Assert.False(loadFailure, "a chart says it could not load plotly.js");
    }

    [Theory]
    [MemberData(nameof(ChartNotebooks))]
    public async Task The_shared_notebook_is_valid_nbformat_and_nbconvert_without_scripts_shows_every_chart(string name)
    {
        var shared = await _runs.SharedAsync(name);
        int charts = ShippedNotebookTests.ChartsIn(shared.Executed);

        var validation = await ProcessRunner.RunAsync(Prerequisites.Python,
            ["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))", shared.Notebook], Repository.Root, TimeSpan.FromMinutes(1));
        Assert.True(validation.ExitCode == 0, validation.Describe("nbformat.validate"));
        var pngs = Notebook.ReadOutputs(shared.Notebook).SelectMany(o => o).Where(o => o.Html.Contains("class=\"papernb-chart\"", StringComparison.Ordinal))
            .Select(o => o.Data.GetValueOrDefault("image/png")).ToList();
        Assert.Equal(charts, pngs.Count(png => png is { Length: > 1000 }));

        // nbconvert writes its page beside the notebook: a copy in a folder of its own keeps papernb's page.
        string copy = Path.Combine(Path.GetDirectoryName(shared.Notebook)!, "nbconvert", Path.GetFileName(shared.Notebook));
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(shared.Notebook, copy, overwrite: true);
        string html = await Jupyter.ToHtmlAsync(copy);
        string withoutScripts = Path.ChangeExtension(html, ".noscript.html");
        File.WriteAllText(withoutScripts, Script().Replace(File.ReadAllText(html), ""));
        Assert.DoesNotContain("<script", File.ReadAllText(withoutScripts), StringComparison.OrdinalIgnoreCase);
        var images = await _browser.StaticImagesWithoutScriptsAsync(withoutScripts);

        Assert.Equal(charts, images.Count);
        foreach (var image in images) Assert.True(await _browser.ColoursAsync(image) > 10, "a chart's image is blank in nbconvert's page");
    }

    [Theory]
    [MemberData(nameof(ChartNotebooks))]
    public async Task The_shared_pdf_holds_the_headings_and_every_chart_as_an_image_on_a_page_that_is_not_blank(string name)
    {
        var shared = await _runs.SharedAsync(name);
        int charts = ShippedNotebookTests.ChartsIn(shared.Executed);

        var text = await ProcessRunner.RunAsync(Prerequisites.PdfToText, ["-layout", shared.Pdf, "-"], Repository.Root, TimeSpan.FromMinutes(1));
        Assert.True(text.ExitCode == 0, text.Describe("pdftotext"));
        string words = Collapse(text.Output);
        foreach (string heading in Headings(shared.Executed)) Assert.Contains(heading, words);
        Assert.Contains("\f", text.Output.TrimEnd('\f'));

        // pdfimages -list: page, num, type, width, height, ...; each chart is one image (its PNG, maybe with an alpha mask).
        var list = await ProcessRunner.RunAsync(Prerequisites.PdfImages, ["-list", shared.Pdf], Repository.Root, TimeSpan.FromMinutes(1));
        Assert.True(list.ExitCode == 0, list.Describe("pdfimages -list"));
        var images = list.Output.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 4 && f[2] == "image").Select(f => int.Parse(f[0])).ToList();
        Assert.Equal(charts, images.Count);

        string pages = Path.Combine(Path.GetDirectoryName(shared.Pdf)!, Path.GetFileNameWithoutExtension(shared.Pdf) + "-page");
        var ppm = await ProcessRunner.RunAsync(Prerequisites.PdfToPpm, ["-r", "50", "-png", shared.Pdf, pages], Repository.Root, TimeSpan.FromMinutes(2));
        Assert.True(ppm.ExitCode == 0, ppm.Describe("pdftoppm"));
        var pageFiles = Directory.GetFiles(Path.GetDirectoryName(shared.Pdf)!, Path.GetFileName(pages) + "-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pageFiles);
        foreach (int page in images.Distinct())
        {
            string file = pageFiles.Single(f => int.Parse(Regex.Match(Path.GetFileName(f), @"-(\d+)\.png$").Groups[1].Value) == page);
            Assert.True(await _browser.ColoursAsync(File.ReadAllBytes(file)) > 50, $"page {page} of {Path.GetFileName(shared.Pdf)}, which holds a chart, is blank");
        }
    }

    [Fact]
    public async Task The_shared_timeline_notebook_stays_under_6_mb_and_its_input_is_unchanged()
    {
        string before = File.ReadAllText(await _runs.JupyterAsync("02-timeline.ipynb"));
        var shared = await _runs.SharedAsync("02-timeline.ipynb");

        long size = new FileInfo(shared.Notebook).Length;
        Assert.True(size < 6_000_000, $"{size:N0} bytes");
        Assert.Equal(before, File.ReadAllText(shared.Executed));
        Assert.Equal(true, (bool?)JsonNode.Parse(File.ReadAllText(shared.Notebook))!["metadata"]!["papernb"]!["shared"]);
        Assert.Matches(@"3 chart images in \d+\.\d\d s", shared.ShareLog);
    }

    /// <summary>The Markdown headings of a notebook as text: <c>## Papers per year</c> is <c>Papers per year</c>.</summary>
    private static IEnumerable<string> Headings(string notebook)
    {
        var root = JsonNode.Parse(File.ReadAllText(notebook))!;
        foreach (var cell in root["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "markdown"))
        {
            string source = cell!["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"] ?? "";
            foreach (var line in source.Split('\n').Where(l => l.StartsWith('#')))
                yield return Collapse(line.TrimStart('#').Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal));
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
