using PaperNotebooks.Charts.Images;

namespace PaperNotebooks.Cli.Sharing;

/// <summary>
/// The one headless Chromium of a papernb run, started on first need and reused for every chart and page. When the
/// machine has no Chromium, or it will not start, the run is told once (<see cref="Problem"/>) and goes on without it.
/// </summary>
internal sealed class ChromiumSession(TextWriter stderr, bool warnWhenMissing) : IAsyncDisposable
{
    private HeadlessChromium? _chromium;
    private bool _tried;

    /// <summary>Why there is no browser, once one was asked for and could not be had.</summary>
    public string? Problem { get; private set; }

    /// <summary>Whether a Chromium is on the machine, without starting it.</summary>
    public static bool IsInstalled => ChromiumLocation.Find() is not null;

    /// <summary>The browser, started on the first call; null (after one warning, when asked to warn) when there is none.</summary>
    public async Task<HeadlessChromium?> GetAsync(CancellationToken cancellationToken)
    {
        if (_tried) return _chromium;
        _tried = true;
        string? executable = ChromiumLocation.Find();
        if (executable is null)
        {
            Problem = ChromiumLocation.Missing;
        }
        else
        {
            try
            {
                _chromium = await HeadlessChromium.StartAsync(executable, cancellationToken);
            }
            catch (ChromiumException e)
            {
                Problem = e.Message;
            }
        }
        if (Problem is not null && warnWhenMissing)
            stderr.WriteLine($"papernb: warning: {Problem}; charts get no static images (--no-static-images skips them)");
        return _chromium;
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
    }
}
