using System.Diagnostics;
using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Images;

namespace PaperNotebooks.Tests.Charts.Images;

/// <summary>Charts drawn to PNG by plotly.js in the machine's headless Chromium (installed by eng/install-prerequisites.sh;
/// these tests fail, never skip, without it).</summary>
public sealed class HeadlessChromiumTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        string? executable = ChromiumLocation.Find();
        Assert.True(executable is not null, ChromiumLocation.Missing + ": run 'bash eng/install-prerequisites.sh'");
        _chromium = await HeadlessChromium.StartAsync(executable);
    }

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task A_chart_is_drawn_by_plotly_as_a_png_at_twice_its_size_with_more_than_one_colour()
    {
        var figure = ChartFigure.From(ChartPapers.Seed.TimelineChart());
        var chart = PlotlyOutput.FindAll(PlotlyHtml.Fragment(figure)).Single();

        var image = await _chromium.RenderChartAsync(chart.FigureJson, chart.Width, chart.Height);

        var (width, height, colours) = await PixelsAsync(image.Png);
        Assert.Equal((chart.Width * 2, chart.Height * 2), (width, height));
        Assert.True(colours > 10, $"{colours} colours");
    }

    [Fact]
    public async Task Each_chart_after_the_first_takes_well_under_a_second()
    {
        var figures = new[] { ChartPapers.Seed.TimelineChart(), ChartPapers.Seed.TopicsChart(), ChartPapers.Seed.AuthorsChart(10), ChartPapers.Seed.TopicYearHeatmap() }
            .Select(c => PlotlyOutput.FindAll(PlotlyHtml.Fragment(c)).Single()).ToList();
        await _chromium.RenderChartAsync(figures[0].FigureJson, 300, 200);

        var clock = Stopwatch.StartNew();
        foreach (var figure in figures) await _chromium.RenderChartAsync(figure.FigureJson, figure.Width, figure.Height);

        output.WriteLine($"{figures.Count} charts in {clock.Elapsed.TotalMilliseconds:0} ms, {clock.Elapsed.TotalMilliseconds / figures.Count:0} ms each");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(figures.Count * 0.75), $"{figures.Count} charts in {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task A_figure_plotly_cannot_draw_is_one_chromium_exception()
    {
        var error = await Assert.ThrowsAsync<ChromiumException>(() => _chromium.RenderChartAsync("{\"data\": 5", 300, 200));

        Assert.DoesNotContain("\n", error.Message);
    }

    private async Task<(int, int, int)> PixelsAsync(byte[] png)
    {
        await using var browser = await PuppeteerSharp.Puppeteer.LaunchAsync(new PuppeteerSharp.LaunchOptions
        {
            ExecutablePath = ChromiumLocation.Find(), Headless = true, Pipe = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync();
        return await PngPixels.ReadAsync(page, png);
    }
}
