using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>
/// For each phrase of a collection: how many papers contain it, the sum over those papers of 1 + ln(term
/// frequency) (title words count twice), and the form it is most often written in. Phrases found in one paper
/// only are dropped once counted (they are most phrases, and never a topic of a collection).
/// </summary>
internal sealed class PhraseStatistics
{
    /// <summary>Words of the title count this many times: the title says what the paper is about.</summary>
    public const int TitleWeight = 2;

    private readonly Dictionary<long, PhraseCount> _counts;

    private PhraseStatistics(PhraseVocabulary vocabulary, Dictionary<long, PhraseCount> counts, int paperCount)
    {
        Vocabulary = vocabulary;
        _counts = counts;
        PaperCount = paperCount;
    }

    public PhraseVocabulary Vocabulary { get; }

    public int PaperCount { get; }

    public IEnumerable<(long Key, PhraseCount Count)> Phrases => _counts.Select(pair => (pair.Key, pair.Value));

    /// <summary>How many papers contain the phrase; 1 for a phrase not kept (it was in one paper at most).</summary>
    public int Papers(long key) => _counts.TryGetValue(key, out var count) ? count.Papers : 1;

    public static PhraseStatistics Build(PaperCollection papers)
    {
        var vocabulary = new PhraseVocabulary();
        var counts = new Dictionary<long, PhraseCount>();
        var inPaper = new Dictionary<long, PaperPhrase>();
        var tokens = new List<PhraseToken>();
        var phrases = new List<(long Key, long Form, bool Hyphenated)>();
        foreach (var paper in papers)
        {
            CountPaper(paper, vocabulary, tokens, phrases, inPaper);
            foreach (var (key, found) in inPaper)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
                count.Add(found);
            }
        }
        foreach (var (key, count) in counts)
            if (count.Papers < 2) counts.Remove(key);
        counts.TrimExcess();
        vocabulary.Frozen = true;
        return new PhraseStatistics(vocabulary, counts, papers.Count);
    }

    /// <summary>The phrases of one paper with their weighted and plain counts, into <paramref name="inPaper"/> (cleared first).</summary>
    public static void CountPaper(Paper paper, PhraseVocabulary vocabulary, List<PhraseToken> tokens,
        List<(long Key, long Form, bool Hyphenated)> phrases, Dictionary<long, PaperPhrase> inPaper)
    {
        inPaper.Clear();
        AddText(paper.Title, TitleWeight, vocabulary, tokens, phrases, inPaper);
        AddText(paper.Abstract, 1, vocabulary, tokens, phrases, inPaper);
    }

    private static void AddText(string text, int weight, PhraseVocabulary vocabulary, List<PhraseToken> tokens,
        List<(long Key, long Form, bool Hyphenated)> phrases, Dictionary<long, PaperPhrase> inPaper)
    {
        tokens.Clear();
        phrases.Clear();
        PhraseTokenizer.Tokenize(text, vocabulary, tokens);
        PhraseKey.Enumerate(tokens, vocabulary, phrases);
        foreach (var (key, form, hyphenated) in phrases)
        {
            ref var found = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(inPaper, key, out bool exists);
            if (!exists) found.Form = form;
            found.Hyphenated |= hyphenated;
            found.Weighted += weight;
            found.Occurrences++;
        }
    }

    /// <summary>The shown form of a phrase key: its words' forms joined by spaces.</summary>
    public string Text(long form)
    {
        int words = PhraseKey.WordCount(form);
        return words switch
        {
            1 => Vocabulary.Form(PhraseKey.Word(form, 0)),
            2 => $"{Vocabulary.Form(PhraseKey.Word(form, 0))} {Vocabulary.Form(PhraseKey.Word(form, 1))}",
            _ => $"{Vocabulary.Form(PhraseKey.Word(form, 0))} {Vocabulary.Form(PhraseKey.Word(form, 1))} {Vocabulary.Form(PhraseKey.Word(form, 2))}",
        };
    }
}

/// <summary>A phrase in one paper: its first form, occurrences weighted by field, and plain occurrences.</summary>
internal struct PaperPhrase
{
    public long Form;
    /// <summary>Written at least once with hyphens (mixture-of-experts): a compound the authors meant as one.</summary>
    public bool Hyphenated;
    public int Weighted;
    public int Occurrences;
}

/// <summary>A phrase in a collection; the form is the one most papers write (a running majority vote).</summary>
internal struct PhraseCount
{
    public int Papers;
    public double FrequencySum;
    public long Form;
    private int _formVotes;

    public void Add(PaperPhrase found)
    {
        Papers++;
        FrequencySum += 1 + Math.Log(found.Weighted);
        if (_formVotes == 0) Form = found.Form;
        _formVotes += found.Form == Form ? 1 : -1;
    }
}
