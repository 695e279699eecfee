using PaperNotebooks.Tests.Charts.Images;
using PuppeteerSharp;

namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The machine's headless Chromium driven over the DevTools protocol, with the network closed: opens a page with
/// scripts off (as GitHub, mail and untrusted notebooks show it) or on, and reads images' pixels.
/// </summary>
internal sealed class PageBrowser : IAsyncDisposable
{
    private readonly IBrowser _browser;

    private PageBrowser(IBrowser browser) => _browser = browser;

    public static async Task<PageBrowser> StartAsync()
    {
        Prerequisites.Require();
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Prerequisites.Chromium,
            Headless = true, Pipe = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE localhost\""],
            DefaultViewport = new ViewPortOptions { Width = 1280, Height = 1000 },
        });
        return new PageBrowser(browser);
    }

    /// <summary>Screenshots of every chart's static image on the page opened with scripts off.</summary>
    public async Task<IReadOnlyList<byte[]>> StaticImagesWithoutScriptsAsync(string htmlFile)
    {
        var page = await _browser.NewPageAsync();
        try
        {
            await page.SetJavaScriptEnabledAsync(false);
            await page.GoToAsync(new Uri(htmlFile).AbsoluteUri, new NavigationOptions { Timeout = 120_000 });
            var shots = new List<byte[]>();
            foreach (var image in await page.QuerySelectorAllAsync("img.papernb-static")) shots.Add(await image.ScreenshotDataAsync());
            return shots;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The page opened with scripts on, once plotly.js drew <paramref name="charts"/> charts: how many it drew,
    /// how many static images are still in the page, and whether a chart says it could not load plotly.js.</summary>
    public async Task<(int Drawn, int StaticImages, bool LoadFailure)> WithScriptsAsync(string htmlFile, int charts)
    {
        var page = await _browser.NewPageAsync();
        try
        {
            await page.GoToAsync(new Uri(htmlFile).AbsoluteUri, new NavigationOptions { Timeout = 120_000 });
            try
            {
                await page.WaitForFunctionAsync($"() => document.querySelectorAll('.js-plotly-plot').length >= {charts} && document.querySelectorAll('img.papernb-static').length === 0",
                    new WaitForFunctionOptions { Timeout = 30_000, PollingInterval = 100 });
            }
            catch (WaitTaskTimeoutException)
            {
                // Reported by the counts below.
            }
            return (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.js-plotly-plot').length"),
                await page.EvaluateExpressionAsync<int>("document.querySelectorAll('img.papernb-static').length"),
                await page.EvaluateExpressionAsync<bool>("document.querySelector('[data-papernb-error]') !== null"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>How many colours a PNG has (counting stops at 1,000).</summary>
    public async Task<int> ColoursAsync(byte[] png)
    {
        var page = await _browser.NewPageAsync();
        try
        {
            return (await PngPixels.ReadAsync(page, png)).Colours;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
