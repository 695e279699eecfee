using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>The live kernel's static images (<c>PaperExtensionOptions.StaticImages</c>, here through
/// PAPERNOTEBOOKS_STATIC_IMAGES=1 in the kernel's environment) in the real dotnet-interactive Jupyter kernel.</summary>
public sealed class StaticImagesInJupyterTests
{
    [Fact]
    public async Task With_static_images_on_paper_charts_carry_image_png_and_every_chart_its_fallback_in_the_html()
    {
        string folder = Repository.Artifacts("e2e", "static-images-in-jupyter");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        string notebook = Path.Combine(folder, "charts.ipynb");
        Notebook.Write(notebook, [await ExtensionPackage.LoadCellAsync(), "#!paper load", "#!paper timeline", "PaperNotebooks.Charts.PaperCharts.AuthorsChart(papers)"]);

        string executed = await Jupyter.ExecuteAsync(notebook, environment: new Dictionary<string, string> { ["PAPERNOTEBOOKS_STATIC_IMAGES"] = "1" });

        var outputs = Notebook.ReadOutputs(executed);
        var timeline = Assert.Single(outputs[2], o => o.Html.Contains("papernb-chart", StringComparison.Ordinal));
        Assert.StartsWith("iVBORw0KGgo", timeline.Data.GetValueOrDefault("image/png", ""));
        Assert.Contains("<img class=\"papernb-static\"", timeline.Html);
        Assert.Contains(outputs[3], o => o.Html.Contains("<img class=\"papernb-static\"", StringComparison.Ordinal));
        Assert.DoesNotContain(outputs.SelectMany(o => o), o => o.IsError);
    }
}
