using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>
/// Key phrases of one to three words, for a paper or a whole collection, and how they spread over the years
/// (trend topics). Phrases neither start nor end with an English or research-genre stop word (paper, propose,
/// approach, novel, ...), and are weighted like tf-idf: often in a paper, in few papers of the collection.
/// Plurals count with their singular; the collection's figures are computed once and kept with it.
/// </summary>
public static class KeyPhrases
{
    /// <summary>A phrase must be in at least this many papers of a collection of ten or more to be a topic of it.</summary>
    private const int MinPapers = 2;

    /// <summary>A shorter phrase is dropped when a longer one that contains it is in this share of its papers
    /// (context adds nothing when nearly every long- is long context).</summary>
    private const double SubsumedShare = 0.7;

    /// <summary>The top phrases of a collection: those that are frequent in the papers that have them but are in
    /// few papers, longer phrases favoured. <see cref="KeyPhrase.Count"/> is the number of papers containing one.</summary>
    public static IReadOnlyList<KeyPhrase> ForCollection(PaperCollection papers, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var statistics = StatisticsOf(papers);
        int minPapers = papers.Count >= 10 ? MinPapers : 1;
        double n = statistics.PaperCount;
        var ranked = statistics.Phrases
            .Where(p => p.Count.Papers >= minPapers)
            .Select(p =>
            {
                double idf = Math.Log((n + 1) / p.Count.Papers);
                return new Candidate(p.Key, p.Count.Form, p.Count.Papers, p.Count.FrequencySum * idf * idf * LengthBonus(p.Key));
            });
        return Select(ranked, top, statistics);
    }

    /// <summary>The top phrases of one paper by their frequency in it alone (title words counting twice).
    /// <see cref="KeyPhrase.Count"/> is how often the phrase occurs in the paper.</summary>
    public static IReadOnlyList<KeyPhrase> ForPaper(Paper paper, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return ForPaper(paper, top, statistics: null, new PhraseVocabulary());
    }

    /// <summary>The top phrases of the paper with this id, weighted by how rare each is in <paramref name="papers"/>
    /// (tf-idf): what sets the paper apart from the others. <see cref="KeyPhrase.Count"/> is how often it occurs in the paper.</summary>
    /// <exception cref="KeyNotFoundException">No paper of the collection has this id.</exception>
    public static IReadOnlyList<KeyPhrase> ForPaper(PaperCollection papers, string id, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var paper = papers[id];
        var statistics = StatisticsOf(papers);
        return ForPaper(paper, top, statistics, statistics.Vocabulary);
    }

    /// <summary>For each phrase, how many papers of each year contain it: the data of a trend-topic heatmap.
    /// Phrases are matched as key phrases are (case, accents, plurals and hyphens do not matter). When every phrase
    /// is a key phrase of the collection in two papers or more, the counts are those of the key phrases, kept by year
    /// since they were counted (their totals are <see cref="KeyPhrase.Count"/>); otherwise the papers are read for them.</summary>
    public static PhraseYearTable ByYear(PaperCollection papers, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(phrases);
        var list = phrases.ToList();
        var statistics = StatisticsOf(papers);
        // The collection's own phrases were counted by year with it; any other phrase is looked for in the papers.
        return statistics.TryByYear(list, out var table) ? table : PhraseTrends.Count(papers, list, statistics.Vocabulary);
    }

    /// <summary>The <paramref name="top"/> phrases of <see cref="ForCollection"/>, counted by year.</summary>
    public static PhraseYearTable ByYear(PaperCollection papers, int top = 20) =>
        ByYear(papers, ForCollection(papers, top).Select(phrase => phrase.Phrase));

    private static PhraseStatistics StatisticsOf(PaperCollection papers) =>
        papers.Derived(PhraseStatistics.Build);

    private static IReadOnlyList<KeyPhrase> ForPaper(Paper paper, int top, PhraseStatistics? statistics, PhraseVocabulary vocabulary)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var inPaper = new Dictionary<long, PaperPhrase>();
        PhraseStatistics.CountPaper(paper, vocabulary, [], [], inPaper);
        double n = statistics?.PaperCount ?? 1;
        var ranked = inPaper
            .Where(p => IsPhrase(p.Key, p.Value, statistics))
            .Select(p =>
            {
                double idf = statistics is null ? 1 : Math.Log(1 + n / statistics.Papers(p.Key));
                return new Candidate(p.Key, p.Value.Form, p.Value.Occurrences, (1 + Math.Log(p.Value.Weighted)) * idf * LengthBonus(p.Key));
            });
        var text = new PhraseText(vocabulary);
        return Select(ranked, top, text.Of);
    }

    private static IReadOnlyList<KeyPhrase> Select(IEnumerable<Candidate> ranked, int top, PhraseStatistics statistics) =>
        Select(ranked, top, statistics.Text);

    /// <summary>The best <paramref name="top"/> candidates, leaving out phrases that a longer chosen one nearly always contains.</summary>
    private static IReadOnlyList<KeyPhrase> Select(IEnumerable<Candidate> ranked, int top, Func<long, string> text)
    {
        // Enough candidates that dropping subsumed ones still leaves top.
        var best = ranked.OrderByDescending(c => c.Weight).ThenBy(c => c.Key).Take(top * 4 + 10).ToList();
        var chosen = new List<Candidate>();
        foreach (var candidate in best)
        {
            bool subsumed = best.Any(longer => longer.Key != candidate.Key
                && PhraseKey.WordCount(longer.Key) > PhraseKey.WordCount(candidate.Key)
                && PhraseKey.Contains(longer.Key, candidate.Key)
                && longer.Count >= SubsumedShare * candidate.Count);
            if (subsumed) continue;
            chosen.Add(candidate);
            if (chosen.Count == top) break;
        }
        return chosen.Select(c => new KeyPhrase(text(c.Form), c.Count, Math.Round(c.Weight, 4))).ToList();
    }

    /// <summary>
    /// Whether words side by side in one paper make a phrase: a single word does; several do when hyphenated
    /// (mixture-of-experts), repeated in the paper, or found in another paper too. This keeps out chance
    /// neighbours such as "causing severe GPU".
    /// </summary>
    private static bool IsPhrase(long key, PaperPhrase found, PhraseStatistics? statistics) =>
        PhraseKey.WordCount(key) == 1 || found.Hyphenated || found.Occurrences >= 2 || statistics?.Papers(key) >= 2;

    /// <summary>Longer phrases say more: two words weigh 1.5 times as much as one, three words twice.</summary>
    private static double LengthBonus(long key) => 1 + 0.5 * (PhraseKey.WordCount(key) - 1);

    private readonly record struct Candidate(long Key, long Form, int Count, double Weight);

    private sealed class PhraseText(PhraseVocabulary vocabulary)
    {
        public string Of(long form) => string.Join(' ',
            Enumerable.Range(0, PhraseKey.WordCount(form)).Select(i => vocabulary.Form(PhraseKey.Word(form, i))));
    }
}
