using PaperNotebooks.Model;

namespace PaperNotebooks.Filtering;

/// <summary>
/// Each paper's year, and the rows of each category (filed under or cross-listed in, as <see cref="PaperFilter"/>
/// counts them), of one collection: what the filters <c>--year</c> and <c>--category</c> read. A filter over a million
/// papers then reads a few megabytes in order (one category's rows, their years) instead of visiting a million paper
/// objects scattered over the heap (50-300 ms a filter at 1M papers in a notebook kernel, most of it waiting for
/// memory). A read makes them as it adds its papers (<see cref="Sources.PaperListSink"/>, a few nanoseconds a paper
/// while the paper is at hand); for other collections they are made in the background after a load
/// (<see cref="Search.PaperSearchExtensions.PrepareSearch"/>), and a filter that comes first reads the papers, with the
/// same result.
/// </summary>
internal sealed class FilterColumns
{
    private readonly short[] _years;
    private readonly Dictionary<string, int[]> _rowsByCategory;

    private FilterColumns(short[] years, Dictionary<string, int[]> rowsByCategory) => (_years, _rowsByCategory) = (years, rowsByCategory);

    /// <summary>The columns of <paramref name="papers"/>, by position (a whole set's positions are its rows).</summary>
    public static FilterColumns Of(PaperCollection papers)
    {
        var part = new Part();
        foreach (var paper in papers) part.Add(paper);
        return Join([part]);
    }

    /// <summary>The columns of parts that follow one another, each part's rows after the rows of those before it.</summary>
    public static FilterColumns Join(IReadOnlyList<Part> parts)
    {
        var years = new short[parts.Sum(part => part.Count)];
        var rows = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var lengths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            foreach (var (category, inPart) in part.Rows) lengths[category] = lengths.GetValueOrDefault(category) + inPart.Count;
        }
        foreach (var (category, length) in lengths) rows[category] = new int[length];
        var filled = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int first = 0;
        foreach (var part in parts)
        {
            part.Years.CopyTo(years.AsSpan(first));
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
        return new FilterColumns(years, rows);
    }

    /// <summary>The rows in <paramref name="category"/> (any, when null) and <paramref name="years"/> (any, when null), ascending.</summary>
    public int[] Kept(string? category, YearRange? years)
    {
        if (category is not null)
        {
            if (!_rowsByCategory.TryGetValue(category, out var inCategory)) return [];
            if (years is not { } range) return inCategory;
            var kept = new List<int>();
            foreach (int row in inCategory)
            {
                if (range.Contains(_years[row])) kept.Add(row);
            }
            return [.. kept];
        }
        if (years is not { } only) return [.. Enumerable.Range(0, _years.Length)];
        var inYears = new List<int>();
        for (int row = 0; row < _years.Length; row++)
        {
            if (only.Contains(_years[row])) inYears.Add(row);
        }
        return [.. inYears];
    }

    /// <summary>The columns of the papers one reading thread adds, in its order, from row 0. Kept in chunks
    /// (<see cref="ChunkedList{T}"/>): growing arrays would land on the large object heap in the middle of a read.</summary>
    internal sealed class Part
    {
        // Categories compared as the filter compares them: ignoring case.
        private readonly Dictionary<string, ChunkedList<int>> _rows = new(StringComparer.OrdinalIgnoreCase);
        private string? _lastCategory;
        private ChunkedList<int>? _lastRows;

        public ChunkedList<short> Years { get; } = new();

        public IReadOnlyDictionary<string, ChunkedList<int>> Rows => _rows;

        public int Count => Years.Count;

        public void Add(Paper paper)
        {
            int row = Years.Count;
            Years.Add((short)paper.Published.Year);
            // Papers of one category share its string: the last one's rows are found without hashing it again.
            if (!ReferenceEquals(paper.Category, _lastCategory)) (_lastCategory, _lastRows) = (paper.Category, RowsOf(paper.Category));
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
