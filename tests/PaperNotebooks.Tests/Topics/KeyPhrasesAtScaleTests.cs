using PaperNotebooks.Model;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

/// <summary>Key phrases of a set large enough to be matched in parts on all cores.</summary>
public sealed class KeyPhrasesAtScaleTests
{
    private const int Count = 30_000;

    private static readonly Lazy<PaperCollection> Papers = new(() => new PaperCollection(Enumerable.Range(0, Count).Select(i => new Paper
    {
        Id = $"p{i}",
        Title = i % 7 == 0 ? "Sparse Attention Kernels" : $"Study {i}",
        Authors = ["Ann Lee"],
        Category = "cs.LG",
        Published = new DateOnly(2018 + i % 6, 3, 1),
        Abstract = (i % 3 == 0 ? "We study sparse attention in transformers. " : "") +
                   (i % 5 == 0 ? (i % 2 == 0 ? "Graph Neural Networks help. " : "A graph neural network helps. ") : "") + "Results follow.",
    })));

    [Fact]
    public void Papers_per_year_with_a_phrase_are_counted_in_parts_as_each_paper_says()
    {
        var table = KeyPhrases.ByYear(Papers.Value, ["sparse attention", "graph neural networks"]);

        var years = Enumerable.Range(2018, 6).ToList();
        Assert.Equal(years, table.Years);
        Assert.Equal(years.Select(y => Enumerable.Range(0, Count).Count(i => 2018 + i % 6 == y)), table.PapersPerYear);
        Assert.Equal(years.Select(y => Enumerable.Range(0, Count).Count(i => 2018 + i % 6 == y && (i % 3 == 0 || i % 7 == 0))), table.Rows[0].Counts);
        Assert.Equal(years.Select(y => Enumerable.Range(0, Count).Count(i => 2018 + i % 6 == y && i % 5 == 0)), table.Rows[1].Counts);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Phrases_counted_in_parts_with_a_vocabulary_each_are_the_phrases_of_one_pass(int parts)
    {
        var papers = PaperNotebooks.Tests.Search.ScanPapers.Make(12_000, seed: 8);

        var onePass = PhraseStatistics.Build(papers, parts: 1);
        var inParts = PhraseStatistics.Build(papers, parts);

        // The same words get the same ids, so the same phrase keys; each phrase is in as many papers.
        var expected = onePass.Phrases.ToDictionary(p => p.Key, p => p.Count);
        var actual = inParts.Phrases.ToDictionary(p => p.Key, p => p.Count);
        Assert.True(expected.Count > 1_000, $"only {expected.Count} phrases");
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, count) in expected)
        {
            Assert.Equal(count.Papers, actual[key].Papers);
            Assert.Equal(count.FrequencySum, actual[key].FrequencySum, 1e-6);
            // The form shown is a spelling of the phrase (which, when no spelling has a majority, may differ from one pass's).
            var words = inParts.Text(actual[key].Form).Split(' ');
            Assert.Equal(Enumerable.Range(0, words.Length).Select(i => PhraseKey.Word(key, i)), words.Select(w => inParts.Vocabulary.Add(w).Stem));
        }
    }

    [Fact]
    public void The_top_phrases_count_papers_whatever_the_spelling()
    {
        var phrases = KeyPhrases.ForCollection(Papers.Value, top: 10).ToDictionary(p => p.Phrase.ToLowerInvariant(), p => p.Count);

        Assert.Equal(Enumerable.Range(0, Count).Count(i => i % 3 == 0 || i % 7 == 0), phrases["sparse attention"]);
        Assert.Equal(Count / 5, phrases.Single(p => p.Key.StartsWith("graph neural network")).Value);
    }

    [Fact]
    public void Phrases_by_year_counted_with_the_key_phrases_equal_a_reading_of_the_papers_whatever_the_text()
    {
        // Messy text: plurals, capitals, accents, hyphens, numbers, punctuation, stop words and possessives between the
        // words of phrases; enough papers for parts on all cores.
        string[] words =
        [
            "graph", "graphs", "Graph", "neural", "network", "networks", "naïve", "naive", "Bayes", "mixture", "of",
            "experts", "Experts", "the", "sparse", "attention", "KV", "cache", "caches", "studies", "study", "model's",
            "3.5", "x2", "a", "long-context", "end-to-end", "Über", "uber", "times", "time", "LLMs", "LLM",
        ];
        string[] between = [" ", " ", " ", ", ", ". ", " - ", "-", " (", ") ", "; ", " 42 "];
        var random = new Random(11);
        string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)] + between[random.Next(between.Length)]));
        var papers = new PaperCollection(Enumerable.Range(0, 24_000).Select(i => new Paper
        {
            Id = $"m{i}",
            Title = Text(1 + random.Next(6)),
            Authors = ["Ann Lee"],
            Category = "cs.LG",
            Published = new DateOnly(2019 + i % 5, 1, 1),
            Abstract = Text(random.Next(40)),
        }));

        var phrases = KeyPhrases.ForCollection(papers, 25);
        // Counted by year with the key phrases, and found by reading the papers again: the same numbers.
        var counted = KeyPhrases.ByYear(papers, phrases.Select(p => p.Phrase));
        var read = PhraseTrends.Count(papers, [.. phrases.Select(p => p.Phrase)], PhraseStatistics.Build(papers).Vocabulary);

        Assert.Equal(25, phrases.Count);
        Assert.Contains(phrases, p => p.Phrase.Contains(' '));
        Assert.Equal(phrases.Select(p => (p.Phrase, p.Count)), counted.Rows.Select(r => (r.Phrase, r.Total)));
        Assert.Equal(read.Years, counted.Years);
        Assert.Equal(read.PapersPerYear, counted.PapersPerYear);
        Assert.Equal(read.Rows.Select(r => (r.Phrase, string.Join(",", r.Counts))), counted.Rows.Select(r => (r.Phrase, string.Join(",", r.Counts))));
    }
}
