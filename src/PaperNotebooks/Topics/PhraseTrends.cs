using PaperNotebooks.Model;

namespace PaperNotebooks.Topics;

/// <summary>Counts, for each phrase and year, the papers whose title or abstract contains the phrase.</summary>
internal static class PhraseTrends
{
    // Below this a second thread costs more than it saves.
    private const int InPartsFrom = 20_000;

    public static PhraseYearTable Count(PaperCollection papers, List<string> phrases, PhraseVocabulary vocabulary)
    {
        if (papers.Count == 0)
            return new PhraseYearTable([], [], phrases.Select(p => new PhraseYearRow(p, [])).ToList());

        int firstYear = papers.Min(p => p.Published.Year);
        int lastYear = papers.Max(p => p.Published.Year);
        int yearCount = lastYear - firstYear + 1;
        var perYear = new int[yearCount];
        var counts = new int[phrases.Count][];
        var targets = new int[phrases.Count][];
        var byFirstWord = new Dictionary<int, List<int>>();
        var tokens = new List<PhraseToken>();
        for (int i = 0; i < phrases.Count; i++)
        {
            counts[i] = new int[yearCount];
            tokens.Clear();
            int skipped = PhraseTokenizer.Tokenize(phrases[i] ?? "", vocabulary, tokens);
            // A phrase with a word no paper has, a number, or punctuation inside can match nothing.
            if (tokens.Count == 0 || skipped > 0 || tokens.Skip(1).Any(t => t.BreakBefore)) continue;
            targets[i] = tokens.Select(t => t.Stem).ToArray();
            if (!byFirstWord.TryGetValue(targets[i][0], out var list)) byFirstWord[targets[i][0]] = list = [];
            list.Add(i);
        }

        // Papers are matched in parts on all cores and the counts added up. Only the phrases' words matter, so the words
        // of the papers are looked up among those few rather than in the whole vocabulary.
        var words = new PhraseWords(targets.OfType<int[]>().SelectMany(t => t).Distinct().ToDictionary(vocabulary.Stem, stem => stem));
        int parts = papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1;
        var partCounts = new int[parts][][];
        var partYears = new int[parts][];
        Parallel.For(0, parts, part =>
        {
            var mine = partCounts[part] = [.. Enumerable.Range(0, phrases.Count).Select(_ => new int[yearCount])];
            var years = partYears[part] = new int[yearCount];
            var tokens = new List<PhraseToken>();
            var found = new bool[phrases.Count];
            int end = InParts.Start(papers.Count, part + 1, parts);
            for (int row = InParts.Start(papers.Count, part, parts); row < end; row++)
            {
                var paper = papers[row];
                int year = paper.Published.Year - firstYear;
                years[year]++;
                Array.Clear(found);
                Find(paper.Title, words, tokens, targets, byFirstWord, found);
                Find(paper.Abstract, words, tokens, targets, byFirstWord, found);
                for (int i = 0; i < found.Length; i++)
                    if (found[i]) mine[i][year]++;
            }
        });
        for (int part = 0; part < parts; part++)
        {
            for (int year = 0; year < yearCount; year++) perYear[year] += partYears[part][year];
            for (int i = 0; i < phrases.Count; i++)
                for (int year = 0; year < yearCount; year++) counts[i][year] += partCounts[part][i][year];
        }

        var years = Enumerable.Range(firstYear, yearCount).ToList();
        var rows = phrases.Select((phrase, i) => new PhraseYearRow(phrase, counts[i])).ToList();
        return new PhraseYearTable(years, perYear, rows);
    }

    private static void Find(string text, PhraseWords phraseWords, List<PhraseToken> tokens, int[][] targets,
        Dictionary<int, List<int>> byFirstWord, bool[] found)
    {
        tokens.Clear();
        PhraseTokenizer.Tokenize(text, phraseWords, tokens);
        for (int start = 0; start < tokens.Count; start++)
        {
            if (!byFirstWord.TryGetValue(tokens[start].Stem, out var candidates)) continue;
            foreach (int phrase in candidates)
            {
                if (found[phrase]) continue;
                var words = targets[phrase];
                if (start + words.Length > tokens.Count) continue;
                bool match = true;
                for (int k = 1; k < words.Length && match; k++)
                    match = tokens[start + k].Stem == words[k] && !tokens[start + k].BreakBefore;
                found[phrase] = match;
            }
        }
    }

    /// <summary>
    /// The words of the phrases looked for, by stem text: a word of a paper is the phrase word of its stem, or another
    /// word (<see cref="Other"/>). Whether another word is in the vocabulary does not matter: known or not, it stands
    /// between the words around it, so no phrase looked for matches across it, as with the vocabulary itself.
    /// </summary>
    private sealed class PhraseWords(Dictionary<string, int> stems) : IPhraseWords
    {
        private const int Other = -1;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();

        public (int Stem, int Form) Add(ReadOnlySpan<char> written)
        {
            Span<char> buffer = stackalloc char[Math.Min(written.Length * 2, 256)];
            if (!PhraseVocabulary.TryStem(written, buffer, out int length)) return (0, 0);
            return _stems.TryGetValue(buffer[..length], out int stem) ? (stem, 0) : (Other, 0);
        }
    }
}
