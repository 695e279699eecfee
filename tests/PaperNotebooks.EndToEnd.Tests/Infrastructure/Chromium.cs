namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>Headless Debian Chromium with the network closed: renders a page, returns its DOM, takes a screenshot.</summary>
internal static class Chromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // Nothing may leave the machine: every host name fails to resolve except localhost.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--virtual-time-budget=15000", "--run-all-compositor-stages-before-draw",
    ];

    /// <summary>The DOM after scripts ran, and a screenshot saved to <paramref name="screenshot"/>.</summary>
    public static async Task<string> RenderAsync(string htmlFile, string screenshot, int height = 4000)
    {
        string profile = Directory.CreateTempSubdirectory("papernb-chromium-").FullName;
        try
        {
            string url = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri;
            var dom = await ProcessRunner.RunAsync(Prerequisites.Chromium,
                [.. Flags, $"--user-data-dir={profile}", "--window-size=1280,1000", "--dump-dom", url],
                Path.GetDirectoryName(htmlFile)!, TimeSpan.FromMinutes(2));
            Assert.True(dom.ExitCode == 0, dom.Describe("chromium --dump-dom"));

            var shot = await ProcessRunner.RunAsync(Prerequisites.Chromium,
                [.. Flags, $"--user-data-dir={profile}", $"--window-size=1280,{height}", $"--screenshot={Path.GetFullPath(screenshot)}", url],
                Path.GetDirectoryName(htmlFile)!, TimeSpan.FromMinutes(2));
            Assert.True(shot.ExitCode == 0 && File.Exists(screenshot), shot.Describe("chromium --screenshot"));
            return dom.Output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
