using System.Globalization;
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

    /// <summary>The key of a paper, made in one buffer (on the stack for ordinary names and titles), one string in the end:
    /// readers make one per paper.</summary>
    public static string Create(string firstAuthor, int year, string title)
    {
        // Folding writes at most MaxExpansion characters per character read: a canonical decomposition (NFD) is at most
        // four code points, and ß becomes two letters.
        int keyRoom = (firstAuthor.Length + title.Length) * MaxExpansion + 16, room = keyRoom + title.Length * MaxExpansion;
        Span<char> buffer = room <= 1024 ? stackalloc char[room] : new char[room];
        Span<char> key = buffer[..keyRoom], word = buffer[keyRoom..];
        int length = FamilyName(firstAuthor, key);
        if (length == 0)
        {
            "anon".CopyTo(key);
            length = 4;
        }
        year.TryFormat(key[length..], out int digits, provider: CultureInfo.InvariantCulture);
        length += digits;
        length += FirstSignificantWord(title, key[length..], word);
        return new string(key[..length]);
    }

    private const int MaxExpansion = 4;

    /// <summary>The papers in order, a later paper whose id is taken renamed by <see cref="Suffixed"/>.</summary>
    public static List<Paper> WithUniqueIds(IEnumerable<Paper> papers, int count) => [.. UniqueIds(papers, count)];

    /// <summary>The papers in order with ids made unique, as a collection whose rows by id are the ids taken here; a
    /// paper renamed is a copy.</summary>
    public static PaperCollection UniqueIds(IEnumerable<Paper> papers, int count, string? source = null) =>
        UniqueIds(papers.Select(paper => (paper, IdIndex.Hash(paper.Id))), count, source, unshared: false);

    /// <summary>
    /// <see cref="UniqueIds(IEnumerable{Paper}, int, string?)"/> for papers given with their ids' hashes
    /// (<see cref="IdIndex.Hash"/>), worked out on the cores that read them: a million ids are then taken in one look
    /// each into the collection's <see cref="IdIndex"/>, which is built here. <paramref name="unshared"/> papers (a
    /// reader's own, not yet handed out) are renamed in place rather than copied.
    /// </summary>
    public static PaperCollection UniqueIds(IEnumerable<(Paper Paper, int IdHash)> papers, int count, string? source, bool unshared)
    {
        var unique = new Paper[count];
        var ids = new IdIndex(row => unique[row].Id, count);
        int[]? nextSuffix = null;
        int row = 0;
        foreach (var (paper, hash) in papers)
        {
            if (row == unique.Length) Array.Resize(ref unique, Math.Max(4, 2 * unique.Length));
            var kept = paper;
            if (!ids.TryAdd(paper.Id, hash, row, out int holder))
            {
                nextSuffix ??= IdIndex.Cleared<int>(unique.Length);
                if (holder >= nextSuffix.Length) Array.Resize(ref nextSuffix, unique.Length);
                string id = Suffixed(paper.Id, ids, ref nextSuffix[holder], row);
                if (unshared) paper.RenameUnshared(id);
                else kept = paper with { Id = id };
            }
            unique[row++] = kept;
        }
        if (row != unique.Length) Array.Resize(ref unique, row);
        return PaperCollection.WithRows(unique, ids, source);
    }

    /// <summary>The key, taken in <paramref name="ids"/> by an earlier row, made unique: later papers with the same key
    /// get b, c, ... appended; the one returned is taken for <paramref name="row"/>.</summary>
    /// <param name="next">For the key (kept with the row that has it), the first suffix not yet tried. Every suffix
    /// before it is already taken (ids are never released), so starting there gives what trying from <c>b</c> would,
    /// in one step.</param>
    private static string Suffixed(string key, IdIndex ids, ref int next, int row)
    {
        for (int n = Math.Max(next, 1); ; n++)
        {
            string suffix = n < 26 ? ((char)('a' + n)).ToString() : "_" + (n + 1).ToString(CultureInfo.InvariantCulture);
            string candidate = key + suffix;
            if (ids.TryAdd(candidate, IdIndex.Hash(candidate), row))
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

    /// <summary>The folded family name written into <paramref name="into"/>, which has room for it: its length.</summary>
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
            if (length > 0 && !SuffixLookup.Contains(into[..length])) return length;
        }
        return 0;
    }

    private static readonly System.Buffers.SearchValues<char> WordSeparators =
        System.Buffers.SearchValues.Create(" -:,.?!()\"'/;");

    /// <summary>The first folded word of the title that is no stop word (else the first word), written into
    /// <paramref name="into"/>, which has room for it, folding each word in <paramref name="folded"/>: its length.</summary>
    private static int FirstSignificantWord(string title, Span<char> into, Span<char> folded)
    {
        int first = -1;
        var rest = title.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty) continue;
            int length = Fold(word, folded);
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

    /// <summary><see cref="Fold(string)"/> into <paramref name="into"/>, which has room for it: the length.</summary>
    private static int Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if (!char.IsAsciiLetterOrDigit(c)) continue;
                into[length++] = char.ToLowerInvariant(c);
                continue;
            }
            foreach (char d in AccentFolding.Of(c))
            {
                if (!char.IsLetterOrDigit(d)) continue;
                if (Spelled(d) is { } spelled)
                {
                    spelled.CopyTo(into[length..]);
                    length += spelled.Length;
                    continue;
                }
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
