using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Search;

/// <summary>The index without abstracts answers field queries exactly as the full index does, before the full one exists.</summary>
public sealed class FieldSearchIndexTests
{
    private static PaperCollection Fresh() =>
        PaperSources.ReadFiles([TestFiles.Seed, Path.Combine(Path.GetDirectoryName(TestFiles.Seed)!, "references.bib")], TestPapers.Options).Papers;

    [Theory]
    [InlineData("ti:deepspeed")]
    [InlineData("au:jacobs OR au:tanaka")]
    [InlineData("cat:LG AND year:2023..2026")]
    [InlineData("has:code")]
    [InlineData("ti:long* -cat:CL")]
    [InlineData("ti:\"long context\" OR ti:moe")]
    [InlineData("venue:proceedings OR venue:journal")]
    [InlineData("arxiv:2309.14509 OR doi:10.1145/3458817.3476209")]
    [InlineData("aff:microsoft AND NOT year:2024")]
    public void A_field_query_gives_the_same_hits_and_scores_as_the_full_index(string query)
    {
        var papers = Fresh();
        using var fields = FieldSearchIndex.Build(papers);
        using var full = PaperSearchIndex.Build(papers);

        var quick = fields.Index.Search(query, 50);
        var whole = full.Search(query, 50);

        Assert.True(FieldSearchIndex.Answers(query));
        Assert.True(whole.Succeeded, whole.Error?.ToString());
        Assert.NotEmpty(whole.Hits);
        Assert.Equal(whole.Hits.Select(h => (h.Paper.Id, h.Score)), quick.Hits.Select(h => (h.Paper.Id, h.Score)));
    }

    [Theory]
    [InlineData("deepspeed", false)]
    [InlineData("abs:offloading", false)]
    [InlineData("ti:deepspeed AND (au:jacobs OR memory)", false)]
    [InlineData("ti:deepspeed AND NOT abs:chat", false)]
    [InlineData("ti:deepspeed AND year:2023", true)]
    [InlineData("-cat:CL au:yao", true)]
    [InlineData("ti:(", true)]
    public void Only_queries_that_read_no_abstract_are_answered_without_the_full_index(string query, bool answered)
    {
        Assert.Equal(answered, FieldSearchIndex.Answers(query));
    }

    [Fact]
    public void A_field_query_before_the_full_index_exists_does_not_wait_for_it_and_free_words_build_it()
    {
        var papers = Fresh();

        var byTitle = papers.Search("ti:deepspeed");
        Assert.False(papers.TryGetDerived<PaperSearchIndex>(out _));
        var byWords = papers.Search("deepspeed");

        Assert.NotEmpty(byTitle.Hits);
        Assert.True(papers.TryGetDerived<PaperSearchIndex>(out _));
        Assert.Equal(byTitle.Hits.Select(h => h.Paper.Id), papers.Search("ti:deepspeed").Hits.Select(h => h.Paper.Id));
        Assert.NotEmpty(byWords.Hits);
    }
}
