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
        string url = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, folder = Path.GetDirectoryName(htmlFile)!;
        var dom = await RunAsync(["--window-size=1280,1000", "--dump-dom", url], folder);
        Assert.True(dom.ExitCode == 0, dom.Describe("chromium --dump-dom"));

        var shot = await RunAsync([$"--window-size=1280,{height}", $"--screenshot={Path.GetFullPath(screenshot)}", url], folder);
        Assert.True(shot.ExitCode == 0 && File.Exists(screenshot), shot.Describe("chromium --screenshot"));
        return dom.Output;
    }

    /// <summary>
    /// One Chromium run on a profile of its own: a second run on the first one's profile could hand its page to the first
    /// browser while that one still exits, and wait. A run that has not ended in two minutes is tried once more (two CI
    /// runs of 2026-12-05 saw a screenshot never end; every other run takes seconds).
    /// </summary>
    private static async Task<ProcessResult> RunAsync(string[] arguments, string folder)
    {
        for (int attempt = 1; ; attempt++)
        {
            string profile = Directory.CreateTempSubdirectory("papernb-chromium-").FullName;
            try
            {
                return await ProcessRunner.RunAsync(Prerequisites.Chromium, [.. Flags, $"--user-data-dir={profile}", .. arguments], folder, TimeSpan.FromMinutes(2));
            }
            catch (TimeoutException) when (attempt == 1)
            {
            }
            finally
            {
                try
                {
                    Directory.Delete(profile, recursive: true);
                }
                catch (IOException)
                {
                    // A killed browser's helpers may still write there; the folder is a temporary one.
                }
            }
        }
    }
}
