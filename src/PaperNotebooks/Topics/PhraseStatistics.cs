using System.Runtime.CompilerServices;

using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>
/// For each phrase of a collection: how many papers contain it, the sum over those papers of 1 + ln(term
/// frequency) (title words count twice), the form it is most often written in, and how many papers of each year
/// contain it (so that the trend of the top phrases needs no second reading). Phrases found in one paper only are
/// dropped once counted (they are most phrases, and never a topic of a collection).
/// </summary>
internal sealed class PhraseStatistics
{
    /// <summary>Words of the title count this many times: the title says what the paper is about.</summary>
    public const int TitleWeight = 2;

    private readonly Dictionary<long, PhraseCount> _counts;

    private PhraseStatistics(PhraseVocabulary vocabulary, Dictionary<long, PhraseCount> counts, int paperCount, Years years)
    {
        Vocabulary = vocabulary;
        _counts = counts;
        PaperCount = paperCount;
        _years = years;
    }

    private readonly Years _years;

    /// <summary>The years of a collection, first to last, and its papers in each.</summary>
    private sealed record Years(int First, int[] Papers)
    {
        public static Years Of(PaperCollection papers)
        {
            if (papers.Count == 0) return new(0, []);
            int first = int.MaxValue, last = int.MinValue;
            foreach (var paper in papers) (first, last) = (Math.Min(first, paper.Published.Year), Math.Max(last, paper.Published.Year));
            var counts = new int[last - first + 1];
            foreach (var paper in papers) counts[paper.Published.Year - first]++;
            return new(first, counts);
        }
    }

    /// <summary>
    /// The papers per year of each phrase, when every one is a phrase of the collection found in two papers or more
    /// (the top phrases always are): a phrase is tokenized as the papers were and looked up. False otherwise (a phrase
    /// of four words, with a stop word at an end, or in one paper only), for <see cref="PhraseTrends"/> to read the papers.
    /// </summary>
    public bool TryByYear(IReadOnlyList<string> phrases, out PhraseYearTable table)
    {
        table = null!;
        if (PaperCount == 0) return false;
        var rows = new List<PhraseYearRow>(phrases.Count);
        var tokens = new List<PhraseToken>();
        foreach (string phrase in phrases)
        {
            tokens.Clear();
            int skipped = PhraseTokenizer.Tokenize(phrase ?? "", Vocabulary, tokens);
            if (skipped > 0 || tokens.Count is 0 or > PhraseKey.MaxWords || tokens.Skip(1).Any(t => t.BreakBefore)) return false;
            long key = PhraseKey.Pack(tokens[0].Stem, tokens.Count > 1 ? tokens[1].Stem : 0, tokens.Count > 2 ? tokens[2].Stem : 0);
            if (!_counts.TryGetValue(key, out var count) || count.PerYear is not { } perYear) return false;
            rows.Add(new PhraseYearRow(phrase!, [.. perYear]));
        }
        table = new PhraseYearTable([.. Enumerable.Range(_years.First, _years.Papers.Length)], [.. _years.Papers], rows);
        return true;
    }

    public PhraseVocabulary Vocabulary { get; }

    public int PaperCount { get; }

    public IEnumerable<(long Key, PhraseCount Count)> Phrases => _counts.Select(pair => (pair.Key, pair.Value));

    /// <summary>How many papers contain the phrase; 1 for a phrase not kept (it was in one paper at most).</summary>
    public int Papers(long key) => _counts.TryGetValue(key, out var count) ? count.Papers : 1;

    /// <summary>Below this many papers, one pass; from it, a part per core, each with a vocabulary of its own, merged
    /// in order (the same ids, so the same phrase keys, as one pass).</summary>
    private const int InPartsFrom = 20_000;

    public static PhraseStatistics Build(PaperCollection papers)
    {
        // Someone waits for these now: the search index building in the background waits meanwhile, as it does for a
        // search that reads the papers, rather than take a share of the cores and the collector.
        using var pause = papers.Count >= InPartsFrom ? Search.BackgroundPriority.Pause() : null;
        return Build(papers, papers.Count < InPartsFrom ? 1 : Environment.ProcessorCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PhraseStatistics Build(PaperCollection papers, int parts)
    {
        PhraseVocabulary vocabulary;
        Dictionary<long, PhraseCount> counts;
        var years = Years.Of(papers);
        if (parts <= 1)
        {
            (vocabulary, counts) = Count(papers, 0, papers.Count, years);
        }
        else
        {
            var counted = InParts.Run(papers.Count, parts, (start, end) => Count(papers, start, end, years));
            (vocabulary, counts) = counted[0];
            for (int part = 1; part < parts; part++)
            {
                var (stems, forms) = vocabulary.Absorb(counted[part].Vocabulary);
                bool last = part == parts - 1;
                foreach (var (key, count) in counted[part].Counts)
                {
                    long mine = Renumber(key, stems), form = Renumber(count.Form, forms);
                    if (mine == 0 || form == 0) continue; // no room for a word in the whole vocabulary
                    // In one paper of the last part and in none before: a phrase of one paper, dropped below, so never added
                    // (most phrases are such; adding them made the merge, which no other core shares, half as long again).
                    ref var merged = ref last && count.Papers < 2
                        ? ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(counts, mine)
                        : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, mine, out _);
                    if (Unsafe.IsNullRef(ref merged)) continue;
                    merged.Merge(count with { Form = form }, years.Papers.Length);
                }
                counted[part] = default;
            }
        }
        foreach (var (key, count) in counts)
            if (count.Papers < 2) counts.Remove(key);
        counts.TrimExcess();
        vocabulary.Frozen = true;
        return new PhraseStatistics(vocabulary, counts, papers.Count, years);
    }

    /// <summary>The phrases of papers <paramref name="start"/> to <paramref name="end"/>, counted straight into the
    /// collection's counts: each count knows the paper that last touched it, so a phrase counts once a paper and its
    /// weight in the paper adds up there (no table of the paper's phrases to fill and empty for each paper). Single
    /// words, two phrases in five, are counted in an array by stem id rather than looked up by key (ids are dense), and
    /// join the other counts at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (PhraseVocabulary Vocabulary, Dictionary<long, PhraseCount> Counts) Count(PaperCollection papers, int start, int end, Years years)
    {
        var vocabulary = new PhraseVocabulary();
        var counts = new Dictionary<long, PhraseCount>();
        var sink = new CountingSink(counts, years.Papers.Length);
        var tokens = new List<PhraseToken>();
        char[] decoded = [];
        for (int i = start; i < end; i++)
        {
            var paper = papers[i];
            (sink.Paper, sink.Year) = (i + 1, paper.Published.Year - years.First);
            sink.Weight = TitleWeight;
            CountText(paper.Title);
            // The abstract decoded into one buffer for the part, not into a string per paper.
            sink.Weight = 1;
            CountText(paper.StoredAbstract.Chars(ref decoded));
        }
        foreach (var key in counts.Keys) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(counts, key).Close();
        var words = sink.Words;
        for (int stem = 1; stem < words.Length; stem++)
        {
            if (words[stem].Papers == 0) continue;
            words[stem].Close();
            counts[PhraseKey.Pack(stem)] = words[stem];
        }
        return (vocabulary, counts);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void CountText(ReadOnlySpan<char> text)
        {
            tokens.Clear();
            PhraseTokenizer.Tokenize(text, vocabulary, tokens);
            PhraseKey.Enumerate(tokens, vocabulary, ref sink);
        }
    }

    /// <summary>Counts each phrase of the text being read (of <see cref="Paper"/>, in <see cref="Year"/>, words weighing
    /// <see cref="Weight"/>) as it is found.</summary>
    private struct CountingSink(Dictionary<long, PhraseCount> counts, int years) : IPhraseSink
    {
        /// <summary>The counts of single words by stem id.</summary>
        public PhraseCount[] Words = new PhraseCount[4096];
        public int Paper, Year, Weight;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(long key, long form, bool hyphenated)
        {
            ref var count = ref PhraseKey.WordCount(key) == 1 ? ref Word((int)key) : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
            count.Add(Paper, form, Weight, Year, years);
        }

        private ref PhraseCount Word(int stem)
        {
            if (stem >= Words.Length) Array.Resize(ref Words, Math.Max(stem + 1, 2 * Words.Length));
            return ref Words[stem];
        }
    }

    /// <summary>A phrase key with each word's id replaced by <paramref name="ids"/>' entry; 0 when one has none.</summary>
    private static long Renumber(long key, int[] ids)
    {
        int words = PhraseKey.WordCount(key);
        int first = ids[PhraseKey.Word(key, 0)];
        int second = words > 1 ? ids[PhraseKey.Word(key, 1)] : 0;
        int third = words > 2 ? ids[PhraseKey.Word(key, 2)] : 0;
        if (first == 0 || (words > 1 && second == 0) || (words > 2 && third == 0)) return 0;
        return PhraseKey.Pack(first, second, third);
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
        Cut(text, vocabulary, tokens, phrases);
        foreach (var (key, form, hyphenated) in phrases)
        {
            ref var found = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(inPaper, key, out bool exists);
            if (!exists) found.Form = form;
            found.Hyphenated |= hyphenated;
            found.Weighted += weight;
            found.Occurrences++;
        }
    }

    /// <summary>The phrases of <paramref name="text"/>, in order, into <paramref name="phrases"/> (both lists cleared first).</summary>
    private static void Cut(ReadOnlySpan<char> text, PhraseVocabulary vocabulary, List<PhraseToken> tokens, List<(long Key, long Form, bool Hyphenated)> phrases)
    {
        tokens.Clear();
        phrases.Clear();
        PhraseTokenizer.Tokenize(text, vocabulary, tokens);
        PhraseKey.Enumerate(tokens, vocabulary, phrases);
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

/// <summary>A phrase in a collection; the form is the one most papers write (a running majority vote). Papers per year
/// are kept from the second paper on (most phrases are in one paper, which is a year alone).</summary>
internal struct PhraseCount
{
    public int Papers;
    public double FrequencySum;
    public long Form;
    private int _formVotes;
    private int _firstYear;
    private int[]? _perYear;

    /// <summary>Papers per year (years from the collection's first), once in two papers or more; else null.</summary>
    public readonly int[]? PerYear => _perYear;

    /// <summary>The paper counting now (its row plus one; 0 before the first), and the weight of the phrase in it so far.</summary>
    private int _paper, _weighted;

    /// <summary>Counts one occurrence of the phrase in paper <paramref name="paper"/> (row plus one), papers in order.
    /// The first occurrence in a paper counts the paper: its form votes, its year is tallied; the paper's weight goes
    /// into <see cref="FrequencySum"/> when the next paper comes, or at <see cref="Close"/>.</summary>
    /// <param name="year">The paper's year, from the collection's first (0).</param>
    /// <param name="years">How many years the collection spans.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int paper, long form, int weight, int year, int years)
    {
        if (_paper != paper)
        {
            Close();
            _paper = paper;
            Papers++;
            if (_formVotes == 0) Form = form;
            _formVotes += form == Form ? 1 : -1;
            if (Papers == 1) _firstYear = year;
            else (_perYear ??= Single(_firstYear, years))[year]++;
        }
        _weighted += weight;
    }

    /// <summary>Adds the weight of the last paper counted to <see cref="FrequencySum"/>.</summary>
    public void Close()
    {
        if (_weighted == 0) return;
        FrequencySum += OnePlusLog(_weighted);
        _weighted = 0;
    }

    /// <summary>1 + ln(w), from a table for the small counts nearly every phrase of a paper has (a logarithm per phrase
    /// of every paper was a tenth of counting); the same values as <see cref="Math.Log(double)"/>.</summary>
    private static double OnePlusLog(int weighted) => (uint)weighted < (uint)LogTable.Length ? LogTable[weighted] : 1 + Math.Log(weighted);

    private static readonly double[] LogTable = [.. Enumerable.Range(0, 64).Select(w => 1 + Math.Log(w))];

    private static int[] Single(int year, int years)
    {
        var perYear = new int[years];
        perYear[year] = 1;
        return perYear;
    }

    /// <summary>Adds the counts of later papers; the two running votes merge as one vote over both would keep a form
    /// that most papers write.</summary>
    public void Merge(PhraseCount later, int years)
    {
        if (Papers == 0)
        {
            this = later;
            return;
        }
        _perYear ??= Single(_firstYear, years);
        if (later._perYear is { } theirs)
            for (int year = 0; year < years; year++) _perYear[year] += theirs[year];
        else if (later.Papers == 1)
            _perYear[later._firstYear]++;
        Papers += later.Papers;
        FrequencySum += later.FrequencySum;
        if (later.Form == Form) _formVotes += later._formVotes;
        else if (later._formVotes > _formVotes) (Form, _formVotes) = (later.Form, later._formVotes - _formVotes);
        else _formVotes -= later._formVotes;
    }
}
