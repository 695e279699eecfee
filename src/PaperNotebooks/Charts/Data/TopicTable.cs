using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Papers per category, and per category and year, counted in one pass.</summary>
internal sealed class TopicTable
{
    private readonly Dictionary<string, Entry> _categories = new(StringComparer.Ordinal);

    public int FirstYear { get; private set; } = int.MaxValue;
    public int LastYear { get; private set; } = int.MinValue;

    public static TopicTable Count(IEnumerable<Paper> papers, int titlesPerCategory, int titlesPerCell)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var table = new TopicTable();
        foreach (var paper in papers)
        {
            if (!table._categories.TryGetValue(paper.Category, out var entry))
                table._categories[paper.Category] = entry = new Entry(paper.Category, CategoryLabel.NameOf(paper), titlesPerCategory);
            entry.All.Add(paper.Title);
            int year = paper.Published.Year;
            if (!entry.PerYear.TryGetValue(year, out var cell))
                entry.PerYear[year] = cell = new TitleSample(titlesPerCell);
            cell.Add(paper.Title);
            table.FirstYear = Math.Min(table.FirstYear, year);
            table.LastYear = Math.Max(table.LastYear, year);
        }
        return table;
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
