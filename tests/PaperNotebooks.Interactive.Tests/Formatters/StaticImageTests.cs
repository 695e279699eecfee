using Microsoft.DotNet.Interactive.Events;
using PaperNotebooks.Charts.Images;

namespace PaperNotebooks.Interactive.Tests;

/// <summary><see cref="PaperExtensionOptions.StaticImages"/>: charts carry a PNG drawn by plotly.js in the machine's
/// Chromium (these tests fail without it), and sessions without the option are unchanged.</summary>
public sealed class StaticImageTests
{
    [Fact]
    public async Task With_static_images_a_paper_chart_carries_its_png_in_the_bundle_and_inside_its_html()
    {
        Assert.True(ChromiumLocation.Find() is not null, ChromiumLocation.Missing);
        using var kernel = await PaperKernel.SeededAsync(new PaperExtensionOptions { StaticImages = true });

        var result = await kernel.RunAsync("#!paper timeline");

        var values = result.Events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).ToList();
        string png = values.Single(v => v.MimeType == "image/png").Value;
        Assert.StartsWith("iVBORw0KGgo", png);
        string html = values.Single(v => v.MimeType == "text/html").Value;
        Assert.Contains($"<img class=\"{StaticChartHtml.ImageClass}\"", html);
        Assert.Contains(png, html);
    }

    [Fact]
    public async Task A_chart_from_csharp_gets_its_image_inside_its_html()
    {
        using var kernel = await PaperKernel.SeededAsync(new PaperExtensionOptions { StaticImages = true });

        string html = PaperKernel.Html(await kernel.RunAsync("PaperNotebooks.Charts.PaperCharts.AuthorsChart(papers)"));

        Assert.Contains($"<img class=\"{StaticChartHtml.ImageClass}\"", html);
    }

    [Fact]
    public async Task Without_the_option_charts_carry_no_image()
    {
        using var kernel = await PaperKernel.SeededAsync(new PaperExtensionOptions { StaticImages = false });

        var result = await kernel.RunAsync("#!paper timeline");

        Assert.DoesNotContain(result.Events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues), v => v.MimeType == "image/png");
        Assert.DoesNotContain($"<img class=\"{StaticChartHtml.ImageClass}\"", PaperKernel.Html(result));
    }
}
