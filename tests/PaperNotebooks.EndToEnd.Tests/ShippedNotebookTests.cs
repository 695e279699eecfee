using System.Text.Json.Nodes;
using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// Every shipped notebook runs without an error through real Jupyter (the notebook as it is, loading the package
/// that eng/pack-extension.sh made) and through <c>papernb run</c>; both HTML exports show every chart in headless
/// Chromium with the network closed. Screenshots stay in artifacts/e2e/notebooks/.
/// </summary>
[Collection(ShippedNotebookRuns.Collection)]
public sealed class ShippedNotebookTests
{
    public static TheoryData<string> Notebooks() => [.. ShippedNotebookRuns.Names];

    private readonly ShippedNotebookRuns _runs;

    public ShippedNotebookTests(ShippedNotebookRuns runs) => _runs = runs;

    [Fact]
    public void There_are_at_least_four_shipped_notebooks() => Assert.True(ShippedNotebookRuns.Names.Length >= 4);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_notebook_runs_without_an_error_in_jupyter(string name)
    {
        string executed = await _runs.JupyterAsync(name);

        AssertNoErrors(executed);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_notebook_runs_without_an_error_in_papernb_run_and_is_valid_nbformat(string name)
    {
        var (notebook, _) = await _runs.PapernbAsync(name);

        AssertNoErrors(notebook);
        var validation = await ProcessRunner.RunAsync(Prerequisites.Python,
            ["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], 4))", notebook], Repository.Root, TimeSpan.FromMinutes(1));
        Assert.True(validation.ExitCode == 0, validation.Describe("nbformat.validate"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_papernb_html_shows_every_chart_offline_and_inlines_plotly_once(string name)
    {
        var (notebook, html) = await _runs.PapernbAsync(name);
        string page = File.ReadAllText(html);
        int charts = ChartsIn(notebook);

        var rendered = new RenderedPage(await Chromium.RenderAsync(html, Path.ChangeExtension(html, ".papernb.png")));

        Assert.Equal(charts, rendered.ChartDivs);
        Assert.Equal(charts, rendered.DrawnCharts);
        Assert.True(rendered.MainSvgs >= charts, $"{rendered.MainSvgs} plotly SVGs for {charts} charts");
        Assert.False(rendered.AnyLoadFailure, "a chart says it could not load plotly.js");
        Assert.True(CountOf(page, "plotly.js v") <= 1 && (charts == 0 || CountOf(page, "plotly.js v") == 1), "plotly.js must be inlined exactly once");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_chart_of_papernb_run_carries_a_static_image_and_the_pdf_is_written(string name)
    {
        var (notebook, html) = await _runs.PapernbAsync(name);
        int charts = ChartsIn(notebook);

        var chartOutputs = Notebook.ReadOutputs(notebook).SelectMany(o => o).Where(o => o.Html.Contains("class=\"papernb-chart\"", StringComparison.Ordinal)).ToList();
        Assert.All(chartOutputs, o => Assert.StartsWith("iVBORw0KGgo", o.Data.GetValueOrDefault("image/png", "")));
        Assert.Equal(charts, CountOf(File.ReadAllText(html), "<img class=\"papernb-static\""));
        string pdf = Path.ChangeExtension(notebook, ".pdf");
        Assert.True(File.Exists(pdf) && File.ReadAllText(pdf).StartsWith("%PDF", StringComparison.Ordinal), $"{pdf} is not a PDF");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_jupyter_html_export_shows_every_chart_offline(string name)
    {
        string executed = await _runs.JupyterAsync(name);
        string html = await Jupyter.ToHtmlAsync(executed);
        int charts = ChartsIn(executed);

        var rendered = new RenderedPage(await Chromium.RenderAsync(html, Path.ChangeExtension(html, ".jupyter.png")));

        Assert.Equal(charts, rendered.ChartDivs);
        Assert.Equal(charts, rendered.DrawnCharts);
        Assert.False(rendered.AnyLoadFailure, "a chart says it could not load plotly.js");
    }

    [Fact]
    public async Task The_chart_notebooks_really_have_charts()
    {
        foreach (var name in ShippedNotebookRuns.Names.Where(n => !n.StartsWith("01", StringComparison.Ordinal)))
        {
            var (notebook, _) = await _runs.PapernbAsync(name);
            Assert.True(ChartsIn(notebook) >= 2, $"{name} has {ChartsIn(notebook)} charts");
        }
    }

    private static void AssertNoErrors(string notebook)
    {
        var errors = Notebook.ReadOutputs(notebook).SelectMany((outputs, cell) => outputs.Where(o => o.IsError).Select(o => $"cell {cell + 1}: {o.ErrorValue}")).ToList();
        Assert.True(errors.Count == 0, $"{Path.GetFileName(notebook)}: {string.Join("; ", errors)}");
    }

    internal static int ChartsIn(string notebook) =>
        Notebook.ReadOutputs(notebook).SelectMany(o => o).Sum(o => CountOf(o.Html, "class=\"papernb-chart\""));

    internal static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
