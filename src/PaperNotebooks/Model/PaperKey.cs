using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PaperNotebooks.Text;

namespace PaperNotebooks.Model;

/// <summary>
/// BibTeX-style keys: first author's family name, year, first significant title word (<c>tanaka2021automatic</c>).
/// Accents are folded to ASCII; names in other scripts keep their letters.
/// </summary>
internal static class PaperKey
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "on", "in", "of", "for", "to", "and", "with", "towards", "toward", "via", "from", "at", "by",
        "is", "are", "do", "does", "how", "what", "why", "when", "we", "our", "your", "can", "its", "into", "about",
    };

    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    public static string Create(string firstAuthor, int year, string title)
    {
        var key = new StringBuilder(32);
        key.Append(FamilyName(firstAuthor));
        if (key.Length == 0) key.Append("anon");
        key.Append(year.ToString(CultureInfo.InvariantCulture));
        key.Append(FirstSignificantWord(title));
        return key.ToString();
    }

    /// <summary>The papers in order, a later paper whose id is taken renamed by <see cref="Disambiguate"/>.</summary>
    public static List<Paper> WithUniqueIds(IEnumerable<Paper> papers, int count)
    {
        var unique = new List<Paper>(count);
        var taken = new HashSet<string>(count, StringComparer.OrdinalIgnoreCase);
        var nextSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in papers)
        {
            string id = Disambiguate(paper.Id, taken, nextSuffix);
            unique.Add(ReferenceEquals(id, paper.Id) ? paper : paper with { Id = id });
        }
        return unique;
    }

    /// <summary>The key made unique in its collection: later papers with the same key get b, c, ... appended.</summary>
    /// <param name="nextSuffix">Per key, the first suffix not yet tried. Every suffix before it is already taken
    /// (keys are never released), so starting there gives what trying from <c>b</c> would, in one step.</param>
    public static string Disambiguate(string key, HashSet<string> taken, Dictionary<string, int> nextSuffix)
    {
        if (taken.Add(key)) return key;
        ref int next = ref CollectionsMarshal.GetValueRefOrAddDefault(nextSuffix, key, out _);
        for (int n = Math.Max(next, 1); ; n++)
        {
            string suffix = n < 26 ? ((char)('a' + n)).ToString() : "_" + (n + 1).ToString(CultureInfo.InvariantCulture);
            string candidate = key + suffix;
            if (taken.Add(candidate))
            {
                next = n + 1;
                return candidate;
            }
        }
    }

    /// <summary>The folded family name of an author as keys use it (<c>Sam Adé Jacobs</c> jacobs).</summary>
    internal static string FamilyOf(string author) => FamilyName(author);

    private static string FamilyName(string author)
    {
        var tokens = author.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (int i = tokens.Length - 1; i >= 0; i--)
        {
            string folded = Fold(tokens[i]);
            if (folded.Length > 0 && !NameSuffixes.Contains(folded)) return folded;
        }
        return "";
    }

    private static readonly System.Buffers.SearchValues<char> WordSeparators =
        System.Buffers.SearchValues.Create(" -:,.?!()\"'/;");

    private static string FirstSignificantWord(string title)
    {
        string? first = null;
        var rest = title.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty) continue;
            string folded = Fold(word.ToString());
            if (folded.Length == 0) continue;
            first ??= folded;
            if (!StopWords.Contains(folded)) return folded;
        }
        return first ?? "";
    }

    /// <summary>Lower case, accents removed, letters and digits only.</summary>
    internal static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c)) result.Append(char.ToLowerInvariant(c));
                continue;
            }
            foreach (char d in AccentFolding.Of(c))
            {
                // Letters that do not decompose but have a usual ASCII spelling in keys.
                if (char.IsLetterOrDigit(d)) result.Append(d switch { 'ß' => "ss", 'æ' => "ae", 'ø' => "o", 'ł' => "l", 'đ' => "d", _ => d.ToString() });
            }
        }
        return result.ToString();
    }
}
