using System.Numerics;
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

    private static readonly SmallWordSet StopWords = new(
    [
        "a", "an", "the", "on", "in", "of", "for", "to", "and", "with", "towards", "toward", "via", "from", "at", "by",
        "is", "are", "do", "does", "how", "what", "why", "when", "we", "our", "your", "can", "its", "into", "about",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly SmallWordSet NameSuffixes = new(["jr", "sr", "ii", "iii", "iv"], StringComparison.OrdinalIgnoreCase);

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
    public static PaperCollection UniqueIds(IEnumerable<Paper> papers, int count, string? source = null)
    {
        var rows = new List<Paper>(count);
        rows.AddRange(papers);
        var array = rows.ToArray();
        var hashes = new int[array.Length];
        for (int row = 0; row < array.Length; row++) hashes[row] = IdIndex.Hash(array[row].Id);
        return UniqueIds(array, hashes, source, unshared: false);
    }

    /// <summary>From this many papers, ids are taken on all cores (<see cref="TakeInShards"/>).</summary>
    private const int ShardsFrom = 1 << 15;

    /// <summary>
    /// <see cref="UniqueIds(IEnumerable{Paper}, int, string?)"/> for papers given with their ids' hashes
    /// (<see cref="IdIndex.Hash"/>), worked out on the cores that read them: the ids are then taken in one look each
    /// into the collection's <see cref="IdIndex"/>, which is built here, on all cores for a large set. The array becomes
    /// the collection's: a renamed paper takes its row. <paramref name="unshared"/> papers (a reader's own, not yet
    /// handed out) are renamed in place rather than copied.
    /// </summary>
    /// <param name="shards">How many shards to take the ids in at once; 0 for one a core from <see cref="ShardsFrom"/> papers on.</param>
    internal static PaperCollection UniqueIds(Paper[] papers, int[] hashes, string? source, bool unshared, int shards = 0)
    {
        if (shards == 0) shards = papers.Length < ShardsFrom ? 1 : (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(Environment.ProcessorCount, 1, 16));
        if (shards > 1)
        {
            var sharded = new IdIndex(row => papers[row].Id, papers.Length, shards);
            TakeInShards(papers, hashes, sharded, unshared);
            return PaperCollection.WithRows(papers, sharded, source);
        }
        var ids = new IdIndex(row => papers[row].Id, papers.Length);
        int[]? nextSuffix = null;
        for (int row = 0; row < papers.Length; row++)
        {
            var paper = papers[row];
            if (ids.TryAdd(paper.Id, hashes[row], row, out int holder)) continue;
            nextSuffix ??= IdIndex.Cleared<int>(papers.Length);
            papers[row] = Renamed(paper, Suffixed(paper.Id, ids, ref nextSuffix[holder], row, out _), unshared);
        }
        return PaperCollection.WithRows(papers, ids, source);
    }

    /// <summary>
    /// The ids taken on all cores, with what taking them in order gives: first the ids as read, a shard of them a core,
    /// each in row order (equal ids have equal hashes, so the first paper with an id is found in its shard), the later
    /// papers with a taken id noted; then those renamed in row order, as in order. The index then also holds the ids of
    /// papers after the one being renamed, which in order it would not yet: a suffixed id that a later paper has as
    /// read ("lora" + "d" before a later "LoRaD") is taken from that paper, which becomes a repeat of it, as in order.
    /// </summary>
    private static void TakeInShards(Paper[] papers, int[] hashes, IdIndex ids, bool unshared)
    {
        int shards = ids.ShardCount;
        var repeats = new List<(int Row, int Holder)>[shards];
        Parallel.For(0, shards, shard =>
        {
            var found = repeats[shard] = [];
            for (int row = 0; row < hashes.Length; row++)
            {
                if (ids.ShardOf(hashes[row]) == shard && !ids.TryAdd(papers[row].Id, hashes[row], row, out int holder)) found.Add((row, holder));
            }
        });
        var inOrder = repeats.SelectMany(found => found).ToArray();
        if (inOrder.Length == 0) return;
        Array.Sort(inOrder, static (a, b) => a.Row.CompareTo(b.Row));

        var nextSuffix = IdIndex.Cleared<int>(papers.Length);
        // Papers whose id was taken from them, by row, with the row that took it. (Their own repeats keep them as holder:
        // the suffixes they try then start at b, which gives the same id, found taken a few more times.)
        var displaced = new PriorityQueue<(int Row, int Holder), int>();
        for (int next = 0; next < inOrder.Length || displaced.Count > 0;)
        {
            (int row, int holder) = displaced.TryPeek(out var early, out _) && (next == inOrder.Length || early.Row < inOrder[next].Row)
                ? displaced.Dequeue()
                : inOrder[next++];
            var paper = papers[row];
            string id = Suffixed(paper.Id, ids, ref nextSuffix[holder], row, out int later);
            papers[row] = Renamed(paper, id, unshared);
            if (later < 0) continue;
            ids.Move(IdIndex.Hash(id), later, row);
            displaced.Enqueue((later, row), later);
        }
    }

    private static Paper Renamed(Paper paper, string id, bool unshared)
    {
        if (!unshared) return paper with { Id = id };
        paper.RenameUnshared(id);
        return paper;
    }

    /// <summary>The key, taken in <paramref name="ids"/> by an earlier row, made unique: later papers with the same key
    /// get b, c, ... appended; the one returned is taken for <paramref name="row"/>, unless a later row has it: then
    /// that row is <paramref name="later"/> (-1 otherwise), for the caller to move it (only an index that holds later
    /// rows' ids has them; see <see cref="TakeInShards"/>).</summary>
    /// <param name="next">For the key (kept with the row that has it), the first suffix not yet tried. Every suffix
    /// before it is already taken (ids are never released), so starting there gives what trying from <c>b</c> would,
    /// in one step.</param>
    private static string Suffixed(string key, IdIndex ids, ref int next, int row, out int later)
    {
        for (int n = Math.Max(next, 1); ; n++)
        {
            string candidate = key + Suffix(n);
            if (ids.TryAdd(candidate, IdIndex.Hash(candidate), row, out later) || later > row)
            {
                next = n + 1;
                return candidate;
            }
        }
    }

    /// <summary>The n-th suffix (from 1): b to z, then _27, _28, ...</summary>
    private static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : "_" + (n + 1).ToString(CultureInfo.InvariantCulture);

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
            if (length > 0 && !NameSuffixes.Contains(into[..length])) return length;
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
            if (!StopWords.Contains(folded[..length]))
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
