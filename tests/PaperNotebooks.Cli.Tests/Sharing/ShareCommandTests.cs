using System.Text.Json.Nodes;
using PaperNotebooks.Charts;
using PaperNotebooks.Tests;
using XPlot.Plotly;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests.Sharing;

/// <summary><c>papernb share</c> on notebooks executed elsewhere: charts of every kind it knows get an image, the input
/// is never written, bad input is one line. Charts are drawn in the machine's Chromium (these tests fail without it).</summary>
public sealed class ShareCommandTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Path, "shared");

    /// <summary>A Markdown heading, then one output each: our chart, an XPlot.Plotly chart, and plotly's own mime type.</summary>
    private string ExecutedElsewhere(string name = "elsewhere.ipynb")
    {
        var notebook = TestNotebook.Of("#!paper timeline", "xplot", "plotly");
        var cells = notebook["cells"]!.AsArray();
        cells.Insert(0, new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# Charts from three writers" });
        var chart = Chart.Plot(new Bar { x = new[] { "2024", "2025" }, y = new[] { 3, 5 } });
        chart.WithTitle("Ours");
        var ours = PlotlyHtml.Fragment(chart);
        var xplot = Chart.Plot(new Scatter { x = new[] { 1, 2, 3 }, y = new[] { 2, 1, 3 } });
        xplot.WithTitle("XPlot's own");
        cells[1]!["outputs"] = new JsonArray(Display(new JsonObject { ["text/html"] = ours, ["text/plain"] = "Chart: Ours" }));
        cells[2]!["outputs"] = new JsonArray(Display(new JsonObject { ["text/html"] = xplot.GetInlineHtml() }));
        cells[3]!["outputs"] = new JsonArray(Display(new JsonObject
        {
            ["application/vnd.plotly.v1+json"] = JsonNode.Parse("""{"data":[{"type":"bar","x":["a","b"],"y":[4,2]}],"layout":{"title":{"text":"Mime"}}}"""),
            ["text/plain"] = "Figure",
        }));
        return TestNotebook.Write(_folder.Path, name, notebook);
    }

    private static JsonObject Display(JsonObject data) => new() { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() };

    [Fact]
    public void Share_gives_our_charts_xplot_charts_and_plotly_figures_an_image_and_never_changes_the_input()
    {
        string notebook = ExecutedElsewhere();
        string before = File.ReadAllText(notebook);

        var (exitCode, stdout, stderr) = Run("share", notebook, "--out", Out);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(before, File.ReadAllText(notebook));
        Assert.Contains("elsewhere.ipynb: 3 chart images in ", stderr);
        Assert.Contains($"{notebook} -> {Path.Combine(Out, "elsewhere.html")}, {Path.Combine(Out, "elsewhere.ipynb")}, {Path.Combine(Out, "elsewhere.pdf")}", stdout);
        var shared = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "elsewhere.ipynb")))!;
        var outputs = shared["cells"]!.AsArray().Skip(1).Select(c => c!["outputs"]![0]!).ToList();
        foreach (var output in outputs)
        {
            Assert.StartsWith("iVBORw0KGgo", (string?)output["data"]!["image/png"]);
            Assert.NotNull(output["metadata"]!["image/png"]!["width"]);
        }
        Assert.Contains("<img class=\"papernb-static\"", (string?)outputs[0]["data"]!["text/html"]);
        Assert.Contains("alt=\"Chart: XPlot&#39;s own\"", (string?)outputs[1]["data"]!["text/html"]);
        Assert.Equal(true, (bool?)shared["metadata"]!["papernb"]!["shared"]);
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(Out, "elsewhere.pdf"))[..8]);
    }

    [Fact]
    public async Task The_shared_page_draws_xplot_charts_offline_as_its_own_and_keeps_no_static_copy()
    {
        string notebook = ExecutedElsewhere();
        Assert.Equal(0, Run("share", notebook, "--out", Out, "--format", "html").ExitCode);
        string page = Path.Combine(Out, "elsewhere.html");

        await using var browser = await PuppeteerSharp.Puppeteer.LaunchAsync(new PuppeteerSharp.LaunchOptions
        {
            ExecutablePath = Charts.Images.ChromiumLocation.Find(), Headless = true, Pipe = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE localhost\""],
        });
        var tab = await browser.NewPageAsync();
        await tab.GoToAsync(new Uri(page).AbsoluteUri);
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('.js-plotly-plot').length === 2 && !document.querySelector('img.papernb-static')",
            new PuppeteerSharp.WaitForFunctionOptions { Timeout = 30_000 });

        Assert.DoesNotContain("Plotly.newPlot('", File.ReadAllText(page));
        Assert.Equal(1, await tab.EvaluateExpressionAsync<int>("document.querySelectorAll('.output.image img').length"));
    }

    [Fact]
    public void Sharing_a_shared_notebook_again_adds_no_second_image_and_replaces_papernbs_own_files()
    {
        string notebook = ExecutedElsewhere();
        Assert.Equal(0, Run("share", notebook, "--out", Out, "--format", "ipynb").ExitCode);
        string once = Path.Combine(Out, "elsewhere.ipynb");
        string again = Path.Combine(_folder.Path, "again");

        var (exitCode, _, stderr) = Run("share", once, "--out", again, "--format", "ipynb");
        var (replaced, _, _) = Run("share", notebook, "--out", Out, "--format", "ipynb");

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("chart image", stderr);
        Assert.Equal(0, replaced);
        string twice = File.ReadAllText(Path.Combine(again, "elsewhere.ipynb"));
        Assert.Equal(2, twice.Split("<img class=\\\"papernb-static\\\"").Length - 1);
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_one_line_naming_it_and_the_other_notebooks_are_still_shared()
    {
        string good = ExecutedElsewhere("good.ipynb");
        string bad = Path.Combine(_folder.Path, "bad.ipynb");
        File.WriteAllText(bad, "{ not a notebook");

        var (exitCode, _, stderr) = Run("share", bad, good, "--out", Out, "--format", "ipynb,html");

        Assert.Equal(1, exitCode);
        Assert.Contains($"papernb: {bad}: not valid JSON", stderr);
        Assert.Contains("1 of 2 notebooks could not be shared", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.True(File.Exists(Path.Combine(Out, "good.html")));
        Assert.False(File.Exists(Path.Combine(Out, "bad.html")));
    }

    [Fact]
    public void An_out_folder_that_is_a_file_is_one_line_naming_it_and_nothing_is_written()
    {
        string notebook = ExecutedElsewhere();
        string file = Path.Combine(_folder.Path, "a-file");
        File.WriteAllText(file, "x");

        var (exitCode, stdout, stderr) = Run("share", notebook, "--out", file);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"papernb: --out: '{file}' is a file, not a folder{Environment.NewLine}", stderr);
    }

    [Fact]
    public void Share_keeps_a_pdf_it_did_not_write_unless_force_is_given_and_leaves_no_half_file()
    {
        string notebook = ExecutedElsewhere();
        Directory.CreateDirectory(Out);
        string pdf = Path.Combine(Out, "elsewhere.pdf");
        File.WriteAllText(pdf, "written by hand");

        var refused = Run("share", notebook, "--out", Out, "--format", "pdf");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"papernb: --out: '{pdf}' exists; use --force to replace it{Environment.NewLine}", refused.Stderr);
        Assert.Equal("written by hand", File.ReadAllText(pdf));

        Assert.Equal(0, Run("share", notebook, "--out", Out, "--format", "pdf", "--force").ExitCode);
        Assert.Equal(0, Run("share", notebook, "--out", Out, "--format", "pdf").ExitCode);
        Assert.Equal(["elsewhere.pdf"], Directory.GetFiles(Out).Select(Path.GetFileName));
    }

    [Fact]
    public void Run_refuses_static_images_and_no_static_images_together()
    {
        var (exitCode, _, stderr) = Run("run", ExecutedElsewhere(), "--out", Out, "--static-images", "--no-static-images");

        Assert.Equal(2, exitCode);
        Assert.Contains("--static-images and --no-static-images cannot both be given.", stderr);
    }
}
