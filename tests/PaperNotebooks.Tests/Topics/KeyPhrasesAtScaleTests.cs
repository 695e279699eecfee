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

    [Fact]
    public void The_top_phrases_count_papers_whatever_the_spelling()
    {
        var phrases = KeyPhrases.ForCollection(Papers.Value, top: 10).ToDictionary(p => p.Phrase.ToLowerInvariant(), p => p.Count);

        Assert.Equal(Enumerable.Range(0, Count).Count(i => i % 3 == 0 || i % 7 == 0), phrases["sparse attention"]);
        Assert.Equal(Count / 5, phrases.Single(p => p.Key.StartsWith("graph neural network")).Value);
    }
}
