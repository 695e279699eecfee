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
    private static readonly Lazy<TitleAuthorLexicon> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Words to their index in _counts: a Dictionary<string, int> is one whose code the runtime already has compiled,
    // which matters to papernb, whose every method is compiled fully on first use.
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordCounts[] _counts;

    private TitleAuthorLexicon(Dictionary<string, int> words, WordCounts[] counts)
    {
        _words = words;
        _counts = counts;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TitleAuthorLexicon Shared => Loaded.Value;

    public int Count => _words.Count;

    public WordCounts this[ReadOnlySpan<char> word] => _lookup.TryGetValue(word, out int index) ? _counts[index] : default;

    private static TitleAuthorLexicon Load()
    {
        using var stream = typeof(TitleAuthorLexicon).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return new TitleAuthorLexicon([], []);   // a build without the lexicon reads by shape alone
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        // One decoding of the whole file and one string a word: the lexicon loads in a few milliseconds.
        var text = Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length).AsSpan();
        var words = new Dictionary<string, int>(45_000);
        var counts = new List<WordCounts>(45_000);
        Span<Range> fields = stackalloc Range[5];
        foreach (var lineRange in text.Split('\n'))
        {
            var line = text[lineRange];
            if (line.IsEmpty || line[0] == '#' || line.Split(fields, '\t') != 4) continue;
            if (words.TryAdd(line[fields[0]].ToString(), counts.Count))
                counts.Add(new WordCounts(ParseCount(line[fields[1]]), ParseCount(line[fields[2]]), ParseCount(line[fields[3]])));
        }
        return new TitleAuthorLexicon(words, [.. counts]);
    }

    private static int ParseCount(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits) value = value * 10 + (c - '0');
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
