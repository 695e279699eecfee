using System.Runtime.CompilerServices;

namespace PaperNotebooks.Interactive.Tests.Formatters;

/// <summary>
/// Outputs kept as files under <c>Expectations/</c> next to this source, in the manner of Spectre.Console's snapshot
/// tests: a missing file is written and the test fails, so a new expectation is always looked at before it is kept.
/// </summary>
internal static class Expectation
{
    public static void Verify(string name, string actual, [CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, "Expectations", name);
        actual = actual.ReplaceLineEndings("\n");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.Fail($"No expectation {name} yet: written now, look at it and run again.");
        }
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;
        // The whole output, to compare with a diff tool: Assert.Equal shows a few characters around the first change.
        string received = Path.Combine(Path.GetTempPath(), "papernb-expectations", name);
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);
        Assert.Fail($"{name} differs from its expectation; the output is in {received}.");
    }
}
