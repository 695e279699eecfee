using System.Collections.Concurrent;

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
        var reading = new Reading();
        var part = reading.Part();
        foreach (var paper in papers) part.Add(paper);
        return reading.Join([part]);
    }

    /// <summary>
    /// The columns one read notes: its parts (a part a block, filled by the thread that reads it) number the primary
    /// categories in one table, so that joining them copies numbers; the rows of each category (ignoring case) are
    /// sorted out once, when they are joined, from those numbers and the few cross-listings that differ from them.
    /// </summary>
    internal sealed class Reading
    {
        private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _codes = [];
        private readonly Lock _gate = new();

        public Part Part() => new(this);

        /// <summary>The category's number, given to it by the first part that meets it.</summary>
        public int NumberOf(string code)
        {
            if (_numbers.TryGetValue(code, out int number)) return number;
            lock (_gate)
            {
                if (_numbers.TryGetValue(code, out number)) return number;
                number = _codes.Count;
                _codes.Add(code);
                _numbers[code] = number;
                return number;
            }
        }

        /// <summary>The columns of parts that follow one another, each part's rows after the rows of those before it.</summary>
        public PaperColumns Join(IReadOnlyList<Part> parts)
        {
            int count = parts.Sum(part => part.Count);
            var (years, days, flags, categories) = (new short[count], new int[count], new byte[count], new int[count]);
            var codes = _codes.Select(code => (Code: code, Name: (string?)null)).ToArray();
            var crossListed = new List<(int Row, string Category)>();
            int first = 0;
            foreach (var part in parts)
            {
                part.Years.CopyTo(years.AsSpan(first));
                part.Days.CopyTo(days.AsSpan(first));
                part.Flags.CopyTo(flags.AsSpan(first));
                part.Numbers.CopyTo(categories.AsSpan(first));
                // A later part's name for a category wins, as a later paper's does within a part.
                foreach (var (number, name) in part.Names) codes[number].Name = name;
                foreach (var (row, category) in part.CrossListed) crossListed.Add((first + row, category));
                first += part.Count;
            }
            return new PaperColumns(years, days, flags, categories, codes, RowsByCategory(categories, codes, crossListed));
        }

        // The rows of each category, ignoring case: its primary papers' rows, counted and placed in one pass over the
        // numbers, and the rows cross-listed in it, merged in order, once each.
        private static Dictionary<string, int[]> RowsByCategory(int[] categories, (string Code, string? Name)[] codes, List<(int Row, string Category)> crossListed)
        {
            var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var keyOf = new int[codes.Length];
            for (int number = 0; number < codes.Length; number++)
            {
                if (!keys.TryGetValue(codes[number].Code, out keyOf[number])) keys[codes[number].Code] = keyOf[number] = keys.Count;
            }
            foreach (var (_, category) in crossListed) keys.TryAdd(category, keys.Count);
            var lengths = new int[keys.Count];
            foreach (int number in categories) lengths[keyOf[number]]++;
            var rows = new int[keys.Count][];
            for (int key = 0; key < rows.Length; key++) rows[key] = new int[lengths[key]];
            var filled = new int[keys.Count];
            for (int row = 0; row < categories.Length; row++)
            {
                int key = keyOf[categories[row]];
                rows[key][filled[key]++] = row;
            }
            foreach (var group in crossListed.GroupBy(entry => keys[entry.Category]))
            {
                rows[group.Key] = [.. rows[group.Key].Concat(group.Select(entry => entry.Row)).Order().Distinct()];
            }
            return keys.ToDictionary(pair => pair.Key, pair => rows[pair.Value], StringComparer.OrdinalIgnoreCase);
        }
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

    /// <summary>The columns of the papers one block of a read adds, in its order, from row 0. Kept in chunks
    /// (<see cref="ChunkedList{T}"/>): growing arrays would land on the large object heap in the middle of a read.</summary>
    internal sealed class Part(Reading reading)
    {
        private string? _lastCode;
        private int _lastNumber;
        private readonly Dictionary<int, string?> _names = [];
        private List<(int Row, string Category)>? _crossListed;

        public ChunkedList<short> Years { get; } = new();
        public ChunkedList<int> Days { get; } = new();
        public ChunkedList<byte> Flags { get; } = new();
        public ChunkedList<int> Numbers { get; } = new();

        /// <summary>The name the part's last paper of each category gave it.</summary>
        public IReadOnlyDictionary<int, string?> Names => _names;

        /// <summary>Categories a paper is cross-listed in besides its own (ignoring case), by row.</summary>
        public IReadOnlyList<(int Row, string Category)> CrossListed => _crossListed ?? [];

        public int Count => Years.Count;

        public void Add(Paper paper)
        {
            int row = Years.Count;
            Years.Add((short)paper.Published.Year);
            Days.Add(paper.Published.DayNumber);
            Flags.Add((byte)((paper.HasCode ? HasCodeFlag : 0) | (paper.YearInferred ? YearInferredFlag : 0)));
            // Papers of one category share its string: the last one's number is found without hashing it again.
            string code = paper.Category;
            if (!ReferenceEquals(code, _lastCode)) (_lastCode, _lastNumber) = (code, reading.NumberOf(code));
            Numbers.Add(_lastNumber);
            _names[_lastNumber] = paper.CategoryName;
            var others = paper.Categories;
            for (int i = 0; i < others.Count; i++)
            {
                if (!string.Equals(others[i], code, StringComparison.OrdinalIgnoreCase)) (_crossListed ??= []).Add((row, others[i]));
            }
        }
    }
}
