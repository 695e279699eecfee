using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Papers per category and year: one row per category (largest first, then "Other"), one column per year
/// from the first to the last, zero where a category has no paper that year.</summary>
/// <param name="Cells">Indexed <c>[topic][year]</c>, as <see cref="Topics"/> and <see cref="Years"/>.</param>
public sealed record TopicYearData(IReadOnlyList<int> Years, IReadOnlyList<TopicCount> Topics, IReadOnlyList<IReadOnlyList<PaperGroup>> Cells)
{
    internal const int TitlesPerCell = 3;

    /// <summary>Papers of the topic with this category identifier (or <c>other</c>) in this year; 0 when either is absent.</summary>
    public int CountOf(string category, int year)
    {
        int row = Topics.ToList().FindIndex(t => t.Category == category);
        int column = year - (Years.Count > 0 ? Years[0] : 0);
        return row < 0 || column < 0 || column >= Years.Count ? 0 : Cells[row][column].Papers;
    }

    public static TopicYearData Compute(IEnumerable<Paper> papers, int maxTopics = 15)
    {
        if (maxTopics < 2) throw new ArgumentOutOfRangeException(nameof(maxTopics), maxTopics, "Show at least two topics.");
        var table = TopicTable.Of(papers);
        var ranked = table.Ranked();
        if (ranked.Count == 0) return new TopicYearData([], [], []);

        var years = Enumerable.Range(table.FirstYear, table.LastYear - table.FirstYear + 1).ToArray();
        int kept = Ranking.Kept(ranked.Count, maxTopics);
        var topics = new List<TopicCount>(kept + 1);
        var cells = new List<IReadOnlyList<PaperGroup>>(kept + 1);
        foreach (var entry in ranked.Take(kept))
        {
            topics.Add(entry.ToCount());
            cells.Add(years.Select(y => entry.PerYear.TryGetValue(y, out var s) ? s.ToGroup() : PaperGroup.Empty).ToArray());
        }
        if (kept < ranked.Count)
        {
            var rest = ranked.Skip(kept).ToArray();
            topics.Add(new TopicCount("other", null, TitleSample.Merge(rest.Select(e => e.All), TopicData.TitlesPerTopic), rest.Length));
            cells.Add(years.Select(y => TitleSample.Merge(rest.Select(e => e.PerYear.GetValueOrDefault(y)).OfType<TitleSample>(), TitlesPerCell)).ToArray());
        }
        return new TopicYearData(years, topics, cells);
    }
}
