namespace PaperNotebooks.Model;

/// <summary>
/// Facts about each paper of one collection kept column by column beside it: year, date, primary category, code and
/// inferred-year flags, and the rows of each category (filed under or cross-listed in, ignoring case, as filters count
/// them). Filters (<c>--year</c>, <c>--category</c>) and a collection's summary read these few megabytes in order instead
/// of visiting a million paper objects scattered over the heap (a filter took 50-300 ms at 1M papers in a notebook
/// kernel, the load's summary 0.11-0.18 s, most of it waiting for memory). A read notes them as it adds its papers
/// (<see cref="Sources.PaperListSink"/>, a few nanoseconds a paper while the paper is at hand); for other collections
/// they are made in the background after a load (<see cref="Search.PaperSearchExtensions.PrepareSearch"/>), and what
/// comes first reads the papers, with the same result.
/// </summary>
internal sealed class PaperColumns
{
    private readonly short[] _years;
    private readonly int[] _days;
    private readonly byte[] _flags;
    private readonly int[] _categories;
    private readonly Dictionary<string, int[]> _rowsByCategory;

    private const byte HasCodeFlag = 1, YearInferredFlag = 2;

    private PaperColumns(short[] years, int[] days, byte[] flags, int[] categories, (string Code, string? Name)[] codes, Dictionary<string, int[]> rowsByCategory)
    {
        (_years, _days, _flags, _categories, Codes, _rowsByCategory) = (years, days, flags, categories, codes, rowsByCategory);
    }

    public int Count => _years.Length;

    /// <summary>Each paper's year, by position.</summary>
    public ReadOnlySpan<short> Years => _years;

    /// <summary>Each paper's date (<see cref="DateOnly.DayNumber"/>), by position.</summary>
    public ReadOnlySpan<int> Days => _days;

    /// <summary>Each paper's primary category, by position: an index into <see cref="Codes"/>.</summary>
    public ReadOnlySpan<int> Categories => _categories;

    /// <summary>The primary categories, as written (compared exactly), each with the name its last paper gave it.</summary>
    public IReadOnlyList<(string Code, string? Name)> Codes { get; }

    public bool HasCode(int row) => (_flags[row] & HasCodeFlag) != 0;

    public bool YearInferred(int row) => (_flags[row] & YearInferredFlag) != 0;

    /// <summary>The columns of <paramref name="papers"/>, by position (a whole set's positions are its rows).</summary>
    public static PaperColumns Of(IEnumerable<Paper> papers)
    {
        var part = new Part();
        foreach (var paper in papers) part.Add(paper);
        return Join([part]);
    }

    /// <summary>The columns of parts that follow one another, each part's rows after the rows of those before it.</summary>
    public static PaperColumns Join(IReadOnlyList<Part> parts)
    {
        int count = parts.Sum(part => part.Count);
        var (years, days, flags, categories) = (new short[count], new int[count], new byte[count], new int[count]);
        var codes = new List<(string Code, string? Name)>();
        var codeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            foreach (var (category, inPart) in part.Rows) lengths[category] = lengths.GetValueOrDefault(category) + inPart.Count;
        }
        var rows = lengths.ToDictionary(pair => pair.Key, pair => new int[pair.Value], StringComparer.OrdinalIgnoreCase);
        var filled = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int first = 0;
        foreach (var part in parts)
        {
            part.Years.CopyTo(years.AsSpan(first));
            part.Days.CopyTo(days.AsSpan(first));
            part.Flags.CopyTo(flags.AsSpan(first));
            // The part's own category numbers become the collection's; a later part's name for a code wins, as a later
            // paper's does within a part.
            var global = new int[part.Codes.Count];
            for (int local = 0; local < global.Length; local++)
            {
                var (code, name) = part.Codes[local];
                if (codeIds.TryGetValue(code, out int id))
                {
                    codes[id] = (code, name);
                }
                else
                {
                    (id, codeIds[code]) = (codes.Count, codes.Count);
                    codes.Add((code, name));
                }
                global[local] = id;
            }
            part.CategoryNumbers.CopyTo(categories.AsSpan(first));
            foreach (ref int category in categories.AsSpan(first, part.Count)) category = global[category];
            foreach (var (category, inPart) in part.Rows)
            {
                var into = rows[category].AsSpan(filled.GetValueOrDefault(category));
                for (int c = 0, at = 0; c < inPart.ChunkCount; c++)
                {
                    foreach (int row in inPart.ChunkAt(c)) into[at++] = first + row;
                }
                filled[category] = filled.GetValueOrDefault(category) + inPart.Count;
            }
            first += part.Count;
        }
        return new PaperColumns(years, days, flags, categories, [.. codes], rows);
    }

    /// <summary>The rows in <paramref name="category"/> (filed under or cross-listed in, ignoring case; any, when null)
    /// whose year is within <paramref name="firstYear"/> and <paramref name="lastYear"/>, ascending.</summary>
    public int[] Kept(string? category, int firstYear = int.MinValue, int lastYear = int.MaxValue)
    {
        bool anyYear = firstYear == int.MinValue && lastYear == int.MaxValue;
        if (category is not null)
        {
            if (!_rowsByCategory.TryGetValue(category, out var inCategory)) return [];
            if (anyYear) return inCategory;
            var kept = new List<int>();
            foreach (int row in inCategory)
            {
                if (_years[row] >= firstYear && _years[row] <= lastYear) kept.Add(row);
            }
            return [.. kept];
        }
        if (anyYear) return [.. Enumerable.Range(0, _years.Length)];
        var inYears = new List<int>();
        for (int row = 0; row < _years.Length; row++)
        {
            if (_years[row] >= firstYear && _years[row] <= lastYear) inYears.Add(row);
        }
        return [.. inYears];
    }

    /// <summary>The columns of the papers one reading thread adds, in its order, from row 0. Kept in chunks
    /// (<see cref="ChunkedList{T}"/>): growing arrays would land on the large object heap in the middle of a read.</summary>
    internal sealed class Part
    {
        private readonly Dictionary<string, int> _codeNumbers = new(StringComparer.Ordinal);
        private readonly List<(string Code, string? Name)> _codes = [];
        private string? _lastCode;
        private int _lastNumber;

        // Categories compared as filters compare them: ignoring case.
        private readonly Dictionary<string, ChunkedList<int>> _rows = new(StringComparer.OrdinalIgnoreCase);
        private string? _lastCategory;
        private ChunkedList<int>? _lastRows;

        public ChunkedList<short> Years { get; } = new();
        public ChunkedList<int> Days { get; } = new();
        public ChunkedList<byte> Flags { get; } = new();
        public ChunkedList<int> CategoryNumbers { get; } = new();
        public IReadOnlyList<(string Code, string? Name)> Codes => _codes;
        public IReadOnlyDictionary<string, ChunkedList<int>> Rows => _rows;

        public int Count => Years.Count;

        public void Add(Paper paper)
        {
            int row = Years.Count;
            Years.Add((short)paper.Published.Year);
            Days.Add(paper.Published.DayNumber);
            Flags.Add((byte)((paper.HasCode ? HasCodeFlag : 0) | (paper.YearInferred ? YearInferredFlag : 0)));

            // Papers of one category share its string: the last one's number and rows are found without hashing it again.
            string code = paper.Category;
            if (!ReferenceEquals(code, _lastCode))
            {
                if (!_codeNumbers.TryGetValue(code, out _lastNumber)) (_codeNumbers[code], _lastNumber) = (_codes.Count, _codes.Count);
                if (_lastNumber == _codes.Count) _codes.Add((code, null));
                _lastCode = code;
            }
            CategoryNumbers.Add(_lastNumber);
            _codes[_lastNumber] = (code, paper.CategoryName);   // the last paper's name, as counting the papers keeps it

            if (!ReferenceEquals(code, _lastCategory)) (_lastCategory, _lastRows) = (code, RowsOf(code));
            _lastRows!.Add(row);
            var others = paper.Categories;
            for (int i = 0; i < others.Count; i++)
            {
                var inOther = ReferenceEquals(others[i], _lastCategory) ? _lastRows : RowsOf(others[i]);
                if (inOther.Count == 0 || inOther.Last != row) inOther.Add(row);   // once a row, however often the paper names it
            }
        }

        private ChunkedList<int> RowsOf(string category)
        {
            if (!_rows.TryGetValue(category, out var found)) _rows[category] = found = new();
            return found;
        }
    }
}
