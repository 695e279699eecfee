namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>The papernb command line as built from this checkout.</summary>
internal static class Papernb
{
    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    public static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        string dll = await Built.Value;
        return await ProcessRunner.RunAsync("dotnet", [dll, .. arguments], Repository.Root, TimeSpan.FromMinutes(20));
    }

    private static async Task<string> BuildAsync()
    {
        var build = await ProcessRunner.RunAsync("dotnet",
            ["build", Repository.File("src", "PaperNotebooks.Cli"), "-c", "Release", "-nologo", "-clp:ErrorsOnly"],
            Repository.Root, TimeSpan.FromMinutes(10));
        Assert.True(build.ExitCode == 0, build.Describe("dotnet build papernb"));
        return Repository.File("src", "PaperNotebooks.Cli", "bin", "Release", "net10.0", "papernb.dll");
    }
}
