using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Papers per category, and per category and year, counted in one pass.</summary>
internal sealed class TopicTable
{
    private readonly Dictionary<string, Entry> _categories = new(StringComparer.Ordinal);

    public int FirstYear { get; private set; } = int.MaxValue;
    public int LastYear { get; private set; } = int.MinValue;

    /// <summary>The table of <paramref name="papers"/>, with the titles both topic charts show. A loaded collection's is
    /// counted once and kept with it: <c>#!paper topics</c> draws the chart and the heatmap from one count.</summary>
    public static TopicTable Of(IEnumerable<Paper> papers) =>
        papers is PaperCollection collection
            ? collection.Derived(c => Count(c, TopicData.TitlesPerTopic, TopicYearData.TitlesPerCell))
            : Count(papers, TopicData.TitlesPerTopic, TopicYearData.TitlesPerCell);

    /// <summary>Below this many papers, one pass on the calling thread; from it, a part per core, merged in order.</summary>
    private const int InPartsFrom = 20_000;

    public static TopicTable Count(IEnumerable<Paper> papers, int titlesPerCategory, int titlesPerCell)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers is IReadOnlyList<Paper> { Count: >= InPartsFrom } list && Environment.ProcessorCount > 1)
        {
            var tables = InParts.Run(list.Count, Environment.ProcessorCount,
                (start, end) => CountRange(list, start, end, titlesPerCategory, titlesPerCell));
            // Later parts after earlier ones, so the titles kept are the first in listing order, as one pass keeps them.
            for (int part = 1; part < tables.Length; part++) tables[0].Merge(tables[part]);
            return tables[0];
        }
        var table = new TopicTable();
        foreach (var paper in papers) table.Add(paper, titlesPerCategory, titlesPerCell);
        return table;
    }

    private static TopicTable CountRange(IReadOnlyList<Paper> papers, int start, int end, int titlesPerCategory, int titlesPerCell)
    {
        var table = new TopicTable();
        for (int i = start; i < end; i++) table.Add(papers[i], titlesPerCategory, titlesPerCell);
        return table;
    }

    private void Add(Paper paper, int titlesPerCategory, int titlesPerCell)
    {
        if (!_categories.TryGetValue(paper.Category, out var entry))
            _categories[paper.Category] = entry = new Entry(paper.Category, CategoryLabel.NameOf(paper), titlesPerCategory);
        entry.All.Add(paper.Title);
        int year = paper.Published.Year;
        if (!entry.PerYear.TryGetValue(year, out var cell))
            entry.PerYear[year] = cell = new TitleSample(titlesPerCell);
        cell.Add(paper.Title);
        FirstYear = Math.Min(FirstYear, year);
        LastYear = Math.Max(LastYear, year);
    }

    /// <summary>Adds the counts of papers that come after this table's.</summary>
    private void Merge(TopicTable later)
    {
        foreach (var (category, entry) in later._categories)
        {
            if (!_categories.TryGetValue(category, out var mine))
            {
                _categories[category] = entry;
                continue;
            }
            mine.All.Add(entry.All);
            foreach (var (year, cell) in entry.PerYear)
            {
                if (mine.PerYear.TryGetValue(year, out var own)) own.Add(cell);
                else mine.PerYear[year] = cell;
            }
        }
        FirstYear = Math.Min(FirstYear, later.FirstYear);
        LastYear = Math.Max(LastYear, later.LastYear);
    }

    /// <summary>Categories by papers, most first, ties by identifier.</summary>
    public IReadOnlyList<Entry> Ranked() =>
        _categories.Values.OrderByDescending(e => e.All.Papers).ThenBy(e => e.Category, StringComparer.Ordinal).ToArray();

    internal sealed class Entry(string category, string? name, int titles)
    {
        public string Category { get; } = category;
        public string? Name { get; } = name;
        public TitleSample All { get; } = new(titles);
        public Dictionary<int, TitleSample> PerYear { get; } = [];

        public TopicCount ToCount() => new(Category, Name, All.ToGroup());
    }
}
