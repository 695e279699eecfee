using System.IO.Compression;
using System.Text;

namespace PaperNotebooks.Listing;

/// <summary>
/// How often a word was a given name, a family name or a capitalised title word in public arXiv metadata
/// (<c>lexicon.tsv.gz</c>, built by <c>bench/splitter/prepare.py</c> from papers that the real-paper benchmark never
/// sees). Loaded once, on the first title/author line that needs it.
/// </summary>
internal sealed class TitleAuthorLexicon
{
    private const string ResourceName = "PaperNotebooks.Listing.lexicon.tsv.gz";
    private static TitleAuthorLexicon? _loaded;
    private static readonly Lock LoadLock = new();

    // An open-addressed table of our own rather than a Dictionary<string, int> looked up by span: a line looks up about
    // fourteen words, and the runtime has no code compiled ahead for a dictionary's span look-up, so a read's first
    // hundred thousand lines ran it unoptimised. A slot holds a word's hash and number; a word's characters sit one
    // after another in _chars; a look-up that misses (most title words) reads one slot.
    private readonly Slot[] _slots;
    private readonly Word[] _words;
    private readonly char[] _chars;
    private readonly int _shift;

    private readonly record struct Slot(uint Hash, int Word);          // Word is the word's number + 1; 0 is an empty slot
    private readonly record struct Word(int Start, int Length, WordCounts Counts);

    /// <summary>The lexicon of a file's UTF-8 text: a line a word, <c>word\tgiven\tfamily\ttitle</c>; lines starting
    /// with <c>#</c>, and lines without exactly four fields, are not words. A word's first line wins.</summary>
    /// <remarks>Read straight from the bytes into the table, without a string or a list entry a word (a list of tuples
    /// over our struct has no code compiled ahead, and ran unoptimised): a process's first listing read waits for it.</remarks>
    private TitleAuthorLexicon(ReadOnlySpan<byte> text)
    {
        int lines = text.Count((byte)'\n') + 1;
        int bits = Math.Max(4, System.Numerics.BitOperations.Log2((uint)lines) + 2);   // at most half full
        _slots = new Slot[1 << bits];
        _shift = 32 - bits;
        _words = new Word[lines];
        var chars = new char[text.Length];   // a word has no more characters than bytes
        Span<Range> fields = stackalloc Range[4];
        int at = 0, count = 0;
        for (var rest = text; !rest.IsEmpty;)
        {
            int end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.IsEmpty || line[0] == (byte)'#' || !FourFields(line, fields)) continue;
            int length = Encoding.UTF8.GetChars(line[fields[0]], chars.AsSpan(at));
            var word = chars.AsSpan(at, length);
            uint hash = Hash(word);
            int slot = Find(word, hash, chars);
            if (_slots[slot].Word != 0) continue;   // the file's first line for a word wins
            _words[count] = new Word(at, length, new WordCounts(ParseCount(line[fields[1]]), ParseCount(line[fields[2]]), ParseCount(line[fields[3]])));
            _slots[slot] = new Slot(hash, ++count);
            at += length;
        }
        _chars = chars[..at];
        Count = count;
    }

    /// <summary>The lexicon, loaded by the first caller (a field read, not <see cref="Lazy{T}"/>'s generic code, which
    /// the splitter's look-ups ran unoptimised through in a busy notebook kernel).</summary>
    public static TitleAuthorLexicon Shared => Volatile.Read(ref _loaded) ?? LoadOnce();

    private static TitleAuthorLexicon LoadOnce()
    {
        lock (LoadLock)
        {
            if (_loaded is null) Volatile.Write(ref _loaded, Load());
            return _loaded!;
        }
    }

    public int Count { get; }

    public WordCounts this[ReadOnlySpan<char> word]
    {
        get
        {
            int slot = _slots[Find(word, Hash(word), _chars)].Word;
            return slot == 0 ? default : _words[slot - 1].Counts;
        }
    }

    // The slot that holds the word, or the empty slot where it would go; the words' characters are in chars.
    private int Find(ReadOnlySpan<char> word, uint hash, char[] chars)
    {
        int mask = _slots.Length - 1;
        for (int i = (int)((hash * 0x9E3779B1u) >> _shift); ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot.Word == 0) return i;
            if (slot.Hash == hash)
            {
                var known = _words[slot.Word - 1];
                if (known.Length == word.Length && Same(chars.AsSpan(known.Start, known.Length), word)) return i;
            }
        }
    }

    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    // FNV-1a over the characters: words are short, and the table's index takes the product's high bits.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        return hash;
    }

    private static TitleAuthorLexicon Load()
    {
        using var stream = typeof(TitleAuthorLexicon).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return new TitleAuthorLexicon([]);   // a build without the lexicon reads by shape alone
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream(640 << 10);
        gzip.CopyTo(bytes);
        return new TitleAuthorLexicon(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    // Exactly four tab-separated fields.
    private static bool FourFields(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int start = 0;
        for (int f = 0; f < 3; f++)
        {
            int tab = line[start..].IndexOf((byte)'\t');
            if (tab < 0) return false;
            fields[f] = start..(start + tab);
            start += tab + 1;
        }
        fields[3] = start..line.Length;
        return line[start..].IndexOf((byte)'\t') < 0;
    }

    private static int ParseCount(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        foreach (byte b in digits) value = value * 10 + (b - (byte)'0');
        return value;
    }
}

/// <summary>How often a word was seen as a given name, a family name and a title word.</summary>
internal readonly record struct WordCounts(int Given, int Family, int Title)
{
    public int Name => Given + Family;
    public bool IsKnown => Given + Family + Title > 0;

    /// <summary>Log-odds of name against title word, 0 for an unknown word: above 0 a name, below a title word.</summary>
    /// <remarks>Worked out once, with the counts: a listing's line looks up a dozen words.</remarks>
    public double NameOdds { get; } = Given + Family + Title > 0 ? Math.Log((Given + Family + 1.0) / (Title + 1.0)) : 0;
}
