namespace PaperNotebooks.Tests.Sources;

/// <summary>Reading papers knows nothing of what is done with them: statistics are a sink of the reader, not the reverse.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void No_source_depends_on_analytics()
    {
        var offenders = SourceFiles()
            .Where(file => Namespace(file) is { } ns && (ns == "PaperNotebooks.Listing" || ns.StartsWith("PaperNotebooks.Sources", StringComparison.Ordinal)))
            .Where(file => File.ReadAllText(file).Contains("Analytics", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Repository.File("src", "PaperNotebooks"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"));

    private static string? Namespace(string file) =>
        File.ReadLines(file).FirstOrDefault(line => line.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';', ' ');
}
