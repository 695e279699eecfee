using Lucene.Net.Analysis.TokenAttributes;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// The words a query looks for in one text field: the terms of its words and phrases (each a slot) and its prefixes.
/// A paper's field is read against it by <see cref="FieldWords"/>, which keeps only the positions of these terms.
/// </summary>
internal sealed class FieldQueryWords(TextField field)
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public TextField Field { get; } = field;

    public int Terms => _slots.Count;

    public IReadOnlyList<string> Prefixes => _prefixes;

    public int Slot(string term)
    {
        if (!_slots.TryGetValue(term, out int slot)) _slots[term] = slot = _slots.Count;
        return slot;
    }

    /// <summary>Bit n set when a term of n chars (under 64) is looked for.</summary>
    public ulong Lengths => _slots.Keys.Where(t => t.Length < 64).Aggregate(0UL, (bits, t) => bits | (1UL << t.Length));

    public int Prefix(string prefix)
    {
        int slot = _prefixes.IndexOf(prefix);
        if (slot >= 0) return slot;
        _prefixes.Add(prefix);
        return _prefixes.Count - 1;
    }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup => _slots.GetAlternateLookup<ReadOnlySpan<char>>();
}

/// <summary>
/// One paper's field analyzed as the index analyzes it (<see cref="PaperAnalyzer"/>): where each term of the query
/// stands, which prefixes some word starts with, and the field's length as BM25 counts it. Reused from paper to paper
/// by one scanning thread.
/// </summary>
internal sealed class FieldWords
{
    /// <summary>Positions between two values of a field (two authors), as the index leaves (<see cref="PaperAnalyzer"/>).</summary>
    private const int ValueGap = 100;

    private readonly FieldQueryWords _query;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int>[] _positions;
    private readonly bool[] _prefixes;

    public FieldWords(FieldQueryWords query)
    {
        _query = query;
        _lookup = query.Lookup;
        _positions = [.. Enumerable.Range(0, query.Terms).Select(_ => new List<int>())];
        _prefixes = new bool[query.Prefixes.Count];
        _lengths = query.Lengths;
    }

    /// <summary>Bit n set when some term looked for is n chars long: most words are passed over without a look-up.</summary>
    private readonly ulong _lengths;

    /// <summary>Every word read, stacked parts of compound names included (what the index sums for the average length).</summary>
    public int Length { get; private set; }

    /// <summary>The words that advance the position: the length the index keeps for BM25 (overlaps discounted).</summary>
    public int NormLength { get; private set; }

    /// <summary>Where the term of slot <paramref name="slot"/> stands, ascending.</summary>
    public List<int> Positions(int slot) => _positions[slot];

    public bool HasPrefix(int slot) => _prefixes[slot];

    private int _position;
    private readonly ScanScratch _scratch = new();
    private char[] _lower = new char[256];  // the word being given, lower case
    private readonly List<(int Start, int Length)> _parts = [];

    public void Read(Paper paper)
    {
        foreach (var list in _positions) list.Clear();
        Array.Clear(_prefixes);
        Length = NormLength = 0;
        _position = -1;
        bool prose = PaperAnalyzer.IsText(ScanField.Name(_query.Field));
        if (_query.Field == TextField.Abstract && paper.StoredAbstract.Block is { } block)
        {
            var bytes = block.Bytes(paper.StoredAbstract.Row);
            var chars = _scratch.Chars(bytes.Length);
            if (System.Text.Ascii.ToUtf16(bytes, chars, out int length) == System.Buffers.OperationStatus.Done) ReadAscii(chars[..length], prose);
            else ReadMapped(chars[..System.Text.Encoding.UTF8.GetChars(bytes, chars)], prose);
            return;
        }
        for (int v = 0, values = ScanField.ValueCount(paper, _query.Field); v < values; v++)
        {
            if (v > 0) _position += ValueGap;
            string value = ScanField.Value(paper, _query.Field, v);
            if (System.Text.Ascii.IsValid(value)) ReadAscii(value, prose);
            else ReadMapped(value, prose);
        }
    }

    /// <summary>Text beyond ASCII: its ASCII form when it has one (<see cref="AsciiMapping"/>), else Lucene's analysis.</summary>
    private void ReadMapped(ReadOnlySpan<char> value, bool prose)
    {
        var mapped = _scratch.Mapped(value.Length);
        if (AsciiMapping.TryMap(value, mapped)) ReadAscii(mapped, prose);
        else ReadAnalyzed(value.ToString());
    }

    /// <summary>Reads through <see cref="PaperAnalyzer"/> itself: text beyond ASCII (and the tests' reference).</summary>
    internal void ReadAnalyzed(string value)
    {
        using var stream = PaperAnalyzer.Instance.GetTokenStream(ScanField.Name(_query.Field), value);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) Add(term.Buffer.AsSpan(0, term.Length), increment.PositionIncrement);
        stream.End();
    }

    private void ReadAscii(ReadOnlySpan<char> value, bool prose)
    {
        if (_lower.Length < value.Length) _lower = new char[Math.Max(value.Length, 2 * _lower.Length)];
        var sink = new Sink(this);
        AsciiAnalyzer.Analyze(value, prose, _parts, _lower, ref sink);
    }

    private void Add(ReadOnlySpan<char> word, int increment)
    {
        _position += increment;
        Length++;
        if (increment > 0) NormLength++;
        if ((word.Length >= 64 || (_lengths & (1UL << word.Length)) != 0) && _lookup.TryGetValue(word, out int slot)) _positions[slot].Add(_position);
        for (int p = 0; p < _prefixes.Length; p++)
            if (!_prefixes[p] && word.StartsWith(_query.Prefixes[p], StringComparison.Ordinal)) _prefixes[p] = true;
    }

    /// <summary>True when a word of this length could be a term or start with a prefix looked for.</summary>
    private bool Wants(int length) => _prefixes.Length > 0 || length >= 64 || (_lengths & (1UL << length)) != 0;

    private void Skip(int increment)
    {
        _position += increment;
        Length++;
        if (increment > 0) NormLength++;
    }

    private readonly struct Sink(FieldWords words) : IWordSink
    {
        public bool Wants(int length) => words.Wants(length);

        public void Word(ReadOnlySpan<char> term, int increment) => words.Add(term, increment);

        public void Skip(int increment) => words.Skip(increment);
    }
}
