namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>Paths in the checkout the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Artifacts(params string[] parts) => Path.Combine([Root, "artifacts", .. parts]);

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "PaperNotebooks.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside a PaperNotebooks checkout.");
    }
}
