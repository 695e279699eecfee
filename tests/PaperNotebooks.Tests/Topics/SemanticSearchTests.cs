using PaperNotebooks.Embeddings;
using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Topics;

public sealed class SemanticSearchTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"pn-semantic-{Guid.NewGuid():N}");
    private readonly PaperCollection _papers = new(TopicPapers.Make());

    private static SentenceModel Model => SentenceModel.LoadPackaged().Model!;

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void A_question_in_other_words_finds_the_papers_of_its_subject()
    {
        // None of these words is in the compiler papers' titles.
        var result = _papers.SearchByMeaning("how do programming language tools translate source code to machine instructions", Model, top: 3, cacheRoot: _cache);
        Assert.Equal("semantic", result.Mode);
        Assert.All(result.Hits, h => Assert.Equal("cs.PL", h.Paper.Category));
        Assert.True(result.Hits.Zip(result.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Similar_by_meaning_never_returns_the_paper_itself_and_stays_on_its_subject()
    {
        var result = _papers.SimilarByMeaning("paper0", Model, top: 3, cacheRoot: _cache)!;
        Assert.DoesNotContain(result.Hits, h => h.Paper.Id == "paper0");
        Assert.All(result.Hits, h => Assert.Equal("astro-ph.GA", h.Paper.Category));
        Assert.Null(_papers.SimilarByMeaning("nope", Model, cacheRoot: _cache));
    }

    [Fact]
    public void Hybrid_fuses_the_word_and_meaning_rankings_and_reports_query_errors()
    {
        var (result, error) = _papers.SearchHybrid("protein folding", Model, top: 5, cacheRoot: _cache);
        Assert.Null(error);
        Assert.Equal("hybrid", result!.Mode);
        Assert.Equal("Protein folding pathways in molecular dynamics", result.Hits[0].Paper.Title);
        Assert.Equal(2.0 / (SemanticSearch.FusionConstant + 1), result.Hits[0].Score, 5);

        var (none, bad) = _papers.SearchHybrid("year:soon", Model, cacheRoot: _cache);
        Assert.Null(none);
        Assert.Equal(QueryErrorCodes.BadValue, bad!.Code);
    }
}
