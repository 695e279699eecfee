using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

public sealed class SimilarPapersTests
{
    [Fact]
    public void The_papers_most_like_ZenFlow_start_with_the_other_offloading_paper()
    {
        var result = SeedPapers.Papers.Similar("lan2025zenflow", top: 3);

        Assert.True(result.Succeeded);
        Assert.Equal("lan2025zenflow", result.Paper!.Id);
        Assert.Equal("lian2025superoffload", result.Similar[0].Paper.Id);
        Assert.Superset(new HashSet<string> { "cpu", "gpu", "offloading", "offload" }, result.Similar[0].SharedTerms.ToHashSet());
        Assert.Equal(3, result.Similar.Count);
    }

    [Fact]
    public void The_papers_most_like_DeepSpeed_Ulysses_are_about_long_sequences_and_parallelism()
    {
        var result = SeedPapers.Papers.Similar("jacobs2023deepspeed", top: 3);

        Assert.Equal(["gupta2026autosp", "yao2024training", "lian2025superoffload"], result.Similar.Select(s => s.Paper.Id));
        Assert.Contains("sequence", result.Similar[0].SharedTerms);
        Assert.Contains("parallelism", result.Similar[0].SharedTerms);
        Assert.Equal("sequence", result.Terms[0]);
    }

    [Fact]
    public void A_paper_is_never_similar_to_itself_and_scores_fall()
    {
        foreach (var paper in SeedPapers.Papers)
        {
            var similar = SeedPapers.Papers.Similar(paper.Id, top: 5).Similar;
            Assert.DoesNotContain(similar, s => s.Paper.Id == paper.Id);
            Assert.True(similar.Zip(similar.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
        }
    }

    [Fact]
    public void Shared_terms_are_terms_of_both_papers()
    {
        var result = SeedPapers.Papers.Similar("liu2024grin");

        Assert.All(result.Similar, s => Assert.All(s.SharedTerms, term => Assert.Contains(term, result.Terms)));
        Assert.Equal("abdin2024phi", result.Similar[0].Paper.Id);
        Assert.Contains("moe", result.Similar[0].SharedTerms);
    }

    [Fact]
    public void Ids_are_found_whatever_their_case()
    {
        Assert.True(SeedPapers.Papers.Similar("LAN2025ZENFLOW").Succeeded);
    }

    [Fact]
    public void An_unknown_id_is_an_error_not_an_exception()
    {
        var result = SeedPapers.Papers.Similar("nobody2099nothing");

        Assert.False(result.Succeeded);
        Assert.Equal(QueryErrorCodes.UnknownPaper, result.Error!.Code);
        Assert.Contains("nobody2099nothing", result.Error.Message);
        Assert.Empty(result.Similar);
    }
}
