using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Papers per category, most first, the smallest categories merged into one "Other" entry when there are
/// more than <c>maxTopics</c>.</summary>
public sealed record TopicData(int PaperCount, IReadOnlyList<TopicCount> Topics)
{
    internal const int TitlesPerTopic = 5;

    public static TopicData Compute(IEnumerable<Paper> papers, int maxTopics = 20)
    {
        if (maxTopics < 2) throw new ArgumentOutOfRangeException(nameof(maxTopics), maxTopics, "Show at least two topics.");
        var ranked = TopicTable.Of(papers).Ranked();
        int kept = Ranking.Kept(ranked.Count, maxTopics);
        var topics = ranked.Take(kept).Select(e => e.ToCount()).ToList();
        if (kept < ranked.Count)
        {
            var rest = ranked.Skip(kept).ToArray();
            topics.Add(new TopicCount("other", null, TitleSample.Merge(rest.Select(e => e.All), TitlesPerTopic), rest.Length));
        }
        return new TopicData(topics.Sum(t => t.Papers.Papers), topics);
    }
}
