using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace PaperNotebooks.Charts.Images;

/// <summary>
/// One headless Chromium, started once and reused: it draws charts to PNG with plotly.js itself
/// (<c>Plotly.toImage</c>, the embedded <see cref="PlotlyScript"/> loaded once into one page) and prints pages to PDF.
/// It runs the machine's Chromium (<see cref="ChromiumLocation"/>), never downloads one, runs as root in a container
/// (<c>--no-sandbox</c>), and reaches no host but localhost. Calls are serialised; dispose it to end the browser (it
/// also ends with this process).
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Device pixels per CSS pixel of chart images: sharp on high-density screens and in print, and still
    /// small (a bar chart is tens of kilobytes).</summary>
    public const double ImageScale = 2;

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-quic", "--mute-audio", "--hide-scrollbars",
        // Charts and pages are drawn from what they hold: every host name fails to resolve except localhost. Quoted,
        // since PuppeteerSharp joins the flags into one command line.
        "--host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE localhost\"",
    ];

    private readonly IBrowser _browser;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPage? _chartPage;

    private HeadlessChromium(IBrowser browser) => _browser = browser;

    /// <summary>Starts Chromium at <paramref name="executable"/> (see <see cref="ChromiumLocation.Find"/>). Throws
    /// <see cref="ChromiumException"/> when it cannot be started.</summary>
    public static async Task<HeadlessChromium> StartAsync(string executable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(executable);
        var options = new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
            // DevTools over a pipe, not a port: when this process ends however it ends (a kernel killed, a test host
            // torn down), the pipe closes and Chromium exits with it instead of running on orphaned.
            Pipe = true,
            // The browser's own window size for printing: an A4 page's width in CSS pixels, about.
            DefaultViewport = new ViewPortOptions { Width = 1100, Height = 1400 },
        };
        try
        {
            var browser = await Puppeteer.LaunchAsync(options).WaitAsync(cancellationToken).ConfigureAwait(false);
            return new HeadlessChromium(browser);
        }
        catch (Exception e) when (e is PuppeteerException or IOException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            throw new ChromiumException($"could not start Chromium '{executable}': {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>Draws a plotly figure (<c>{"data":[...],"layout":{...}}</c>) as a PNG of
    /// <paramref name="width"/> by <paramref name="height"/> CSS pixels. Throws <see cref="ChromiumException"/> when
    /// plotly.js cannot draw it.</summary>
    public async Task<ChartImage> RenderChartAsync(string figureJson, int width, int height, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var page = _chartPage ??= await ChartPageAsync().ConfigureAwait(false);
            string dataUrl;
            try
            {
                dataUrl = await page.EvaluateFunctionAsync<string>(DrawFunction, figureJson, width, height, ImageScale)
                    .WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PuppeteerException or TimeoutException)
            {
                throw new ChromiumException($"plotly.js could not draw the chart: {FirstLine(e.Message)}", e);
            }
            const string prefix = "data:image/png;base64,";
            if (dataUrl is null || !dataUrl.StartsWith(prefix, StringComparison.Ordinal))
                throw new ChromiumException("plotly.js returned no PNG for the chart");
            return new ChartImage(Convert.FromBase64String(dataUrl[prefix.Length..]), width, height, ImageScale);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Prints an HTML page to an A4 PDF with scripts off, so every chart is its static image. The page is
    /// read from <paramref name="htmlFile"/>; what it links must be inside it (data URLs), as in papernb's pages.</summary>
    public async Task<byte[]> PrintPdfAsync(string htmlFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(htmlFile);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        IPage? page = null;
        try
        {
            page = await _browser.NewPageAsync().ConfigureAwait(false);
            await page.SetJavaScriptEnabledAsync(false).ConfigureAwait(false);
            await page.GoToAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, new NavigationOptions { Timeout = 120_000, WaitUntil = [WaitUntilNavigation.Load] })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            return await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                PreferCSSPageSize = true,
                MarginOptions = new MarginOptions { Top = "14mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
            }).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException)
        {
            throw new ChromiumException($"Chromium could not print '{Path.GetFileName(htmlFile)}': {FirstLine(e.Message)}", e);
        }
        finally
        {
            if (page is not null) await page.CloseAsync().ConfigureAwait(false);
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is PuppeteerException or IOException or ObjectDisposedException)
        {
            // The browser is gone already.
        }
        await _browser.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private async Task<IPage> ChartPageAsync()
    {
        var page = await _browser.NewPageAsync().ConfigureAwait(false);
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>").ConfigureAwait(false);
        // The embedded bundle, not a URL: drawing needs no network and always uses the plotly.js of the HTML charts.
        await page.EvaluateExpressionAsync(PlotlyScript.Source + "\n;true").ConfigureAwait(false);
        bool ready = await page.EvaluateExpressionAsync<bool>("typeof window.Plotly === 'object' && typeof Plotly.toImage === 'function'").ConfigureAwait(false);
        if (!ready) throw new ChromiumException("plotly.js did not load in Chromium");
        return page;
    }

    /// <summary>Plotly.toImage draws into a hidden element of its own and resolves with a PNG data URL.</summary>
    private const string DrawFunction = """
        async (figureJson, width, height, scale) => {
          const figure = JSON.parse(figureJson);
          const layout = Object.assign({}, figure.layout || {}, { width: width, height: height });
          return await Plotly.toImage({ data: figure.data || [], layout: layout, config: { staticPlot: true } },
            { format: "png", width: width, height: height, scale: scale });
        }
        """;

    private static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim() is { Length: > 0 } line ? (line.Length > 300 ? line[..300] + "…" : line) : "no reason given";
}
