namespace PaperNotebooks.Testing;

/// <summary>The checkout the tests were built from: the folder above the test binaries that holds PaperNotebooks.sln.
/// One file, linked into each unit-test project.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>A path under the checkout.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "PaperNotebooks.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"no PaperNotebooks.sln above {AppContext.BaseDirectory}");
    }
}
