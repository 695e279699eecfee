using System.Text.RegularExpressions;

namespace PaperNotebooks.Cli.Tests.Architecture;

/// <summary>
/// Every file the project writes goes through <c>Files/AtomicFile</c> (a temporary file renamed into place, never
/// over an input, never over an existing file unasked). This reads the source of every project under src/ and
/// fails on any other way of opening a file for writing.
/// </summary>
public sealed partial class EveryWriteIsAtomicTests
{
    /// <summary>The files allowed to open files for writing: outputs through AtomicFile, and the scratch files the
    /// project keeps for itself (made under a new random name, unlinked as soon as open) through ScratchFile. Nothing
    /// else is excused.</summary>
    private static readonly string[] Allowed =
    [
        Path.Combine("src", "PaperNotebooks", "Files", "AtomicFile.cs"),
        Path.Combine("src", "PaperNotebooks", "Files", "ScratchFile.cs"),
    ];

    [Fact]
    public void No_source_file_but_AtomicFile_opens_a_file_for_writing()
    {
        string root = Repository.Root;
        var offences = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file);
            if (Allowed.Contains(relative) || relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = LineComment().Replace(lines[i], "");
                if (DirectWrite().Match(code) is { Success: true } match) offences.Add($"{relative}:{i + 1}: {match.Value.Trim()}");
            }
        }
        Assert.True(offences.Count == 0, "Write files with AtomicFile instead:" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [InlineData("File.WriteAllText(path, text);")]
    [InlineData("await File.WriteAllBytesAsync(path, bytes);")]
    [InlineData("File.WriteAllLines(path, lines);")]
    [InlineData("using var s = File.Create(path);")]
    [InlineData("using var s = File.OpenWrite(path);")]
    [InlineData("using var w = new StreamWriter(path, append: false, encoding);")]
    [InlineData("new FileStream(path, FileMode.Create)")]
    [InlineData("new FileStreamOptions { Mode = FileMode.Truncate }")]
    public void The_scan_recognises_each_way_of_writing_a_file(string code) => Assert.Matches(DirectWrite(), code);

    [Theory]
    [InlineData("using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);")]
    [InlineData("AtomicFile.WriteString(path, text, overwrite, inputs);")]
    [InlineData("new FileStream(path, FileMode.Open, FileAccess.Read)")]
    public void The_scan_lets_atomic_writes_and_reads_pass(string code) => Assert.DoesNotMatch(DirectWrite(), code);

    [GeneratedRegex("""
        \bFile\.(WriteAll(Text|Bytes|Lines)|AppendAll(Text|Lines))(Async)?\s*\(
        | \bFile\.(Create|CreateText|AppendText|OpenWrite|Copy|Replace)\s*\(
        | \.(OpenWrite|CreateText|AppendText)\s*\(\s*\)
        | \bFileMode\.(Create|CreateNew|Truncate|OpenOrCreate|Append)\b
        | \bnew\s+StreamWriter\s*\((?!\s*[\w.]*[Ss]tream\b)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DirectWrite();

    [GeneratedRegex("""(?<!:)//.*$""")]
    private static partial Regex LineComment();
}
