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

    private readonly Dictionary<string, WordCounts> _words;
    private readonly Dictionary<string, WordCounts>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TitleAuthorLexicon(Dictionary<string, WordCounts> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TitleAuthorLexicon Shared => Loaded.Value;

    public int Count => _words.Count;

    public WordCounts this[ReadOnlySpan<char> word] => _lookup.TryGetValue(word, out var counts) ? counts : default;

    private static TitleAuthorLexicon Load()
    {
        using var stream = typeof(TitleAuthorLexicon).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return new TitleAuthorLexicon([]);   // a build without the lexicon reads by shape alone
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        // One decoding of the whole file and one string a word: the lexicon loads in a few milliseconds.
        var text = Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length).AsSpan();
        var words = new Dictionary<string, WordCounts>(45_000);
        Span<Range> fields = stackalloc Range[5];
        foreach (var lineRange in text.Split('\n'))
        {
            var line = text[lineRange];
            if (line.IsEmpty || line[0] == '#' || line.Split(fields, '\t') != 4) continue;
            words[line[fields[0]].ToString()] = new WordCounts(ParseCount(line[fields[1]]), ParseCount(line[fields[2]]), ParseCount(line[fields[3]]));
        }
        return new TitleAuthorLexicon(words);
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
    public double NameOdds => IsKnown ? Math.Log((Name + 1.0) / (Title + 1.0)) : 0;
}
