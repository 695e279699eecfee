namespace PaperNotebooks.Tests;

/// <summary>Paths of files copied next to the tests, and scratch files that clean up after themselves.</summary>
internal static class TestFiles
{
    public static string Seed { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "000_4bb47f8579d701ca.txt");

    public static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Sources", "Listing", "Specs", name);

    public static readonly DateOnly AsOf = new(2026, 11, 26);
}

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("papernb-test-").FullName;

    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
