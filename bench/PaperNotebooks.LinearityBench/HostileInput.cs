using System.Text;

namespace PaperNotebooks.LinearityBench;

/// <summary>An input that once made the reader quadratic, made at any size.</summary>
internal sealed record HostileInput(string Name, int BaseSize, Func<int, string> Make)
{
    public static IReadOnlyList<HostileInput> All { get; } =
    [
        new("one-word title line (chars)", 8_000_000, n => Entry(CamelWord(n))),
        new("CJK run in a title line (chars)", 1_000_000, n => Entry("深度学习" + new string('模', n) + "张伟, 李娜")),
        new("URL then ')' in an abstract (chars)", 64_000_000, n => Entry("A TitleAlice Smith", "see https://a" + new string(')', n))),
        new("entries with the same key", 100_000, n => Repeat(Entry("A Good TitleAlice Smith"), n)),
        new("meta lines and nothing else", 4_000_000, n => Repeat("CLJul 4, 2024\n", n)),
        new("stray lines", 8_000_000, n => Repeat("stray words here\n", n)),
        new("comma-separated capitalised words (pairs)", 2_000_000, n => Entry("A Title" + Repeat("Ab,Cd", n))),
        // No place where a name could start in the last words (eight long lower-case ones), so the whole line is
        // searched for a name glued to a title word.
        new("huge CamelCase word, no author list (chars)", 4_000_000, n => Entry(CamelWord(n) + string.Concat(Enumerable.Repeat(" " + new string('x', 40), 8)))),
        // Every entry a close call that waits for the second pass (issue 14).
        new("ambiguous title/author lines", 100_000, n => Repeat(Entry("Battery Data Management between FINALES and Kadi4MatGiovanna Tosato, Leon Merker"), n)),
    ];

    private static string Entry(string titleLine, string abstractLine = "An abstract.") =>
        $"CLJul 4, 2024\n{titleLine}\n{abstractLine}\n";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string CamelWord(int length)
    {
        var word = new StringBuilder(length);
        var random = new Random(8);
        while (word.Length < length) word.Append(random.Next(3) == 0 ? (char)('A' + random.Next(26)) : (char)('a' + random.Next(26)));
        return word.ToString();
    }
}
