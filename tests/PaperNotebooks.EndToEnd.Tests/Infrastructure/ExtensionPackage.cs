namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The extension package built from this checkout, packed once per test run into a local folder feed with a
/// version no NuGet cache has seen, so a notebook can never load a stale copy.
/// A package made already can be named with PAPERNB_FEED and PAPERNB_PACKAGE_VERSION; without them the tests pack it
/// themselves, as eng/pack-extension.sh does (dotnet pack, then eng/ready-to-run.sh).
/// </summary>
internal static class ExtensionPackage
{
    public const string Id = "PaperNotebooks.Interactive";

    private static readonly Lazy<Task<(string Feed, string Version)>> Packed = new(PackAsync);

    public static Task<(string Feed, string Version)> GetAsync() => Packed.Value;

    /// <summary>The two lines that load the extension in a notebook.</summary>
    public static async Task<string> LoadCellAsync()
    {
        var (feed, version) = await GetAsync();
        return $"#i \"nuget: {feed}\"\n#r \"nuget: {Id}, {version}\"";
    }

    private static async Task<(string, string)> PackAsync()
    {
        string? feed = Environment.GetEnvironmentVariable("PAPERNB_FEED");
        string? version = Environment.GetEnvironmentVariable("PAPERNB_PACKAGE_VERSION");
        if (!string.IsNullOrEmpty(feed) && !string.IsNullOrEmpty(version) && File.Exists(Path.Combine(feed, $"{Id}.{version}.nupkg")))
        {
            return (feed, version);
        }

        // A folder of the tests' own: eng/pack-extension.sh (which the shipped-notebook tests run) keeps only its
        // latest package in artifacts/feed and would delete this one under the other tests.
        feed = Repository.Artifacts("e2e-feed");
        RemoveDeadRunsPackages(feed);
        version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var result = await ProcessRunner.RunAsync("dotnet",
            ["pack", Repository.File("src", "PaperNotebooks.Interactive"), "-c", "Release", "-nologo", "-o", feed, $"-p:Version={version}"],
            Repository.Root, TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, result.Describe("dotnet pack"));
        // As eng/pack-extension.sh ships it: the own assemblies compiled ahead for x64 Linux.
        var images = await ProcessRunner.RunAsync("bash", [Repository.File("eng", "ready-to-run.sh"), Path.Combine(feed, $"{Id}.{version}.nupkg")],
            Repository.Root, TimeSpan.FromMinutes(10));
        Assert.True(images.ExitCode == 0, images.Describe("eng/ready-to-run.sh"));
        return (feed, version);
    }

    /// <summary>Deletes the packages of earlier test runs, whose process (the version's last part) has ended: each is
    /// 86 MB, and a checkout that runs the tests often gathered gigabytes of them.</summary>
    private static void RemoveDeadRunsPackages(string feed)
    {
        if (!Directory.Exists(feed)) return;
        foreach (string package in Directory.EnumerateFiles(feed, $"{Id}.0.1.0-e2e.*.nupkg"))
        {
            string version = Path.GetFileNameWithoutExtension(package)[(Id.Length + 1)..];
            if (!int.TryParse(version[(version.LastIndexOf('.') + 1)..], out int process) || IsRunning(process)) continue;
            try
            {
                File.Delete(package);
            }
            catch (IOException)
            {
                // In use after all: left for a later run.
            }
        }
    }

    private static bool IsRunning(int process)
    {
        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
