namespace PaperNotebooks.Charts.Images;

/// <summary>
/// Where the machine's Chromium is: <c>PAPERNOTEBOOKS_CHROMIUM</c> when set, else the first of the usual install
/// paths (Debian's <c>/usr/bin/chromium</c> first). Nothing is ever downloaded.
/// </summary>
public static class ChromiumLocation
{
    public const string Variable = "PAPERNOTEBOOKS_CHROMIUM";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    /// <summary>The Chromium executable, or null when the machine has none.</summary>
    public static string? Find()
    {
        string? chosen = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(chosen)) return File.Exists(chosen) ? chosen : null;
        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>What to tell a user whose machine has no Chromium.</summary>
    public static string Missing =>
        $"no Chromium found (looked at /usr/bin/chromium and the usual places; set {Variable} to its path, or install Debian's 'chromium' package)";
}
