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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = NameSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The key of a paper. Made in stack buffers, one string in the end: readers make one per paper.</summary>
    public static string Create(string firstAuthor, int year, string title)
    {
        Span<char> key = stackalloc char[KeyBuffer];
        int length = FamilyName(firstAuthor, key);
        if (length < 0) return CreateSlowly(firstAuthor, year, title);
        if (length == 0)
        {
            "anon".CopyTo(key);
            length = 4;
        }
        if (!year.TryFormat(key[length..], out int digits, provider: CultureInfo.InvariantCulture)) return CreateSlowly(firstAuthor, year, title);
        length += digits;
        int word = FirstSignificantWord(title, key[length..]);
        if (word < 0) return CreateSlowly(firstAuthor, year, title);
        return new string(key[..(length + word)]);
    }

    // Room for any ordinary key; a longer one is made the slow way, with the same result.
    private const int KeyBuffer = 256;

    private static string CreateSlowly(string firstAuthor, int year, string title)
    {
        var key = new StringBuilder(32);
        key.Append(FamilyOf(firstAuthor));
        if (key.Length == 0) key.Append("anon");
        key.Append(year.ToString(CultureInfo.InvariantCulture));
        var rest = title.AsSpan();
        string? first = null;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            string folded = Fold(word.ToString());
            if (folded.Length == 0) continue;
            first ??= folded;
            if (!StopWords.Contains(folded)) return key.Append(folded).ToString();
        }
        return key.Append(first ?? "").ToString();
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
    internal static string FamilyOf(string author)
    {
        var tokens = author.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (int i = tokens.Length - 1; i >= 0; i--)
        {
            string folded = Fold(tokens[i]);
            if (folded.Length > 0 && !NameSuffixes.Contains(folded)) return folded;
        }
        return "";
    }

    /// <summary>The folded family name written into <paramref name="into"/>: its length, or -1 when it does not fit.</summary>
    private static int FamilyName(string author, Span<char> into)
    {
        var rest = author.AsSpan();
        while (!rest.IsEmpty)
        {
            int start = rest.LastIndexOfAny(' ', ',') + 1;
            var token = rest[start..];
            rest = rest[..Math.Max(0, start - 1)];
            if (token.IsEmpty) continue;
            int length = Fold(token, into);
            if (length < 0) return -1;
            if (length > 0 && !SuffixLookup.Contains(into[..length])) return length;
        }
        return 0;
    }

    private static readonly System.Buffers.SearchValues<char> WordSeparators =
        System.Buffers.SearchValues.Create(" -:,.?!()\"'/;");

    /// <summary>The first folded word of the title that is no stop word (else the first word), written into
    /// <paramref name="into"/>: its length, or -1 when it does not fit.</summary>
    private static int FirstSignificantWord(string title, Span<char> into)
    {
        int first = -1;
        var rest = title.AsSpan();
        Span<char> folded = stackalloc char[KeyBuffer];
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty) continue;
            int length = Fold(word, folded);
            if (length < 0 || length > into.Length) return -1;
            if (length == 0) continue;
            if (first < 0)
            {
                folded[..length].CopyTo(into);
                first = length;
            }
            if (!StopWordLookup.Contains(folded[..length]))
            {
                folded[..length].CopyTo(into);
                return length;
            }
        }
        return Math.Max(first, 0);
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
                if (!char.IsLetterOrDigit(d)) continue;
                if (Spelled(d) is { } spelled) result.Append(spelled);
                else result.Append(d);
            }
        }
        return result.ToString();
    }

    /// <summary><see cref="Fold(string)"/> into <paramref name="into"/>: the length, or -1 when it does not fit.</summary>
    private static int Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if (!char.IsAsciiLetterOrDigit(c)) continue;
                if (length == into.Length) return -1;
                into[length++] = char.ToLowerInvariant(c);
                continue;
            }
            foreach (char d in AccentFolding.Of(c))
            {
                if (!char.IsLetterOrDigit(d)) continue;
                if (Spelled(d) is { } spelled)
                {
                    if (length + spelled.Length > into.Length) return -1;
                    spelled.CopyTo(into[length..]);
                    length += spelled.Length;
                    continue;
                }
                if (length == into.Length) return -1;
                into[length++] = d;
            }
        }
        return length;
    }

    // Letters that do not decompose but have a usual ASCII spelling in keys; null for the letter itself.
    private static string? Spelled(char d) => d switch
    {
        'ß' => "ss", 'æ' => "ae", 'ø' => "o", 'ł' => "l", 'đ' => "d", _ => null,
    };
}
