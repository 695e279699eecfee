namespace PaperNotebooks.Tests;

/// <summary>The checkout the tests were built from: the folder above the test binaries that holds PaperNotebooks.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PaperNotebooks.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"no PaperNotebooks.sln above {AppContext.BaseDirectory}");
    }
}
