namespace PaperNotebooks.Topics;

/// <summary>
/// Class-based TF-IDF (as BERTopic labels its topics): all papers of a topic are one document; a term weighs its
/// frequency in the topic times log(1 + A / its frequency over all topics), A the average number of words per topic.
/// Words frequent in a topic and rare elsewhere come first.
/// </summary>
internal static class TopicTerms
{
    public static string[][] Top(TermMatrix counts, int[] assignment, int topics, int top = 5)
    {
        var inTopic = new Dictionary<int, double>[topics];
        for (int t = 0; t < topics; t++) inTopic[t] = [];
        var words = new double[topics];
        var overall = new double[counts.TermCount];
        for (int i = 0; i < counts.Rows; i++)
        {
            int topic = assignment[i];
            if (topic < 0) continue;
            for (int e = counts.RowStart[i]; e < counts.RowStart[i + 1]; e++)
            {
                int term = counts.Terms[e];
                double c = counts.Counts[e];
                inTopic[topic][term] = inTopic[topic].GetValueOrDefault(term) + c;
                words[topic] += c;
                overall[term] += c;
            }
        }
        double average = words.Sum() / Math.Max(1, topics);
        var result = new string[topics][];
        for (int t = 0; t < topics; t++)
        {
            // A term of one paper says little about a topic of many.
            int minCount = words[t] > 200 ? 2 : 1;
            result[t] = inTopic[t]
                .Where(e => e.Value >= minCount)
                .Select(e => (Term: e.Key, Weight: e.Value / Math.Max(1, words[t]) * Math.Log(1 + average / overall[e.Key])))
                .OrderByDescending(e => e.Weight)
                .ThenBy(e => counts.Display[e.Term], StringComparer.Ordinal)
                .Take(top)
                .Select(e => counts.Display[e.Term])
                .ToArray();
        }
        return result;
    }
}
