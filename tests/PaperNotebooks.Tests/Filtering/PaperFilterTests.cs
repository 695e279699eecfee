using PaperNotebooks.Filtering;
using PaperNotebooks.Tests.Search;

namespace PaperNotebooks.Tests.Filtering;

public sealed class PaperFilterTests
{
    [Fact]
    public void A_filter_over_a_large_set_checked_on_every_core_keeps_what_one_pass_keeps_in_the_same_order()
    {
        var papers = ScanPapers.Make(60_000, seed: 2);
        var filter = new PaperFilter { Category = "cs.LG", Years = new YearRange(2018, 2022) };
        var byDate = filter with { Sort = PaperSortKey.Date, Descending = true };

        var expected = papers.Where(filter.Keeps).ToList();

        Assert.True(expected.Count > 1_000);
        Assert.Equal(expected.Select(p => p.Id), filter.Apply(papers).Select(p => p.Id));
        Assert.Equal(expected.OrderByDescending(p => p.Published).Select(p => p.Id), byDate.Apply(papers).Select(p => p.Id));
    }

    [Fact]
    public void A_filter_built_in_CSharp_keeps_the_papers_of_a_category_and_years_newest_first()
    {
        var filter = new PaperFilter { Category = "cs.LG", Years = new YearRange(2021, 2024), Sort = PaperSortKey.Date, Descending = true, Top = 3 };

        var papers = filter.Apply(SeedPapers.Papers);

        Assert.InRange(papers.Count, 1, 3);
        Assert.All(papers, p => Assert.Equal("cs.LG", p.Category));
        Assert.All(papers, p => Assert.InRange(p.Published.Year, 2021, 2024));
        Assert.Equal(papers.OrderByDescending(p => p.Published).Select(p => p.Id), papers.Select(p => p.Id));
        Assert.Equal("category cs.LG, 2021..2024, by date, descending, top 3", filter.Describe());
    }

    [Fact]
    public void A_category_filter_keeps_papers_cross_listed_in_it_and_accepts_a_category_only_cross_lists_name()
    {
        var filed = SeedPapers.Papers[0] with { Id = "filed", Category = "cs.LG", Categories = ["cs.LG"] };
        var crossListed = SeedPapers.Papers[0] with { Id = "cross", Category = "cs.DC", Categories = ["cs.DC", "cs.LG", "q-bio.QM"] };
        var elsewhere = SeedPapers.Papers[0] with { Id = "elsewhere", Category = "cs.CL", Categories = ["cs.CL"] };
        var papers = new PaperNotebooks.Model.PaperCollection([filed, crossListed, elsewhere]);

        Assert.Equal(["filed", "cross"], new PaperFilter { Category = "cs.LG" }.Apply(papers).Select(p => p.Id));
        Assert.True(PaperFilter.TryParseCategory("Q-BIO.QM", papers, out var category, out _));
        Assert.Equal(["cross"], new PaperFilter { Category = category }.Apply(papers).Select(p => p.Id));
    }

    [Fact]
    public void Bad_values_are_reported_as_sentences_not_thrown()
    {
        Assert.False(YearRange.TryParse("2024..2021", out _, out var backwards));
        Assert.Equal("--year 2024..2021: the range starts after it ends; write 2021..2024.", backwards);
        Assert.False(PaperFilter.TryParseCategory("cs.LH", SeedPapers.Papers, out _, out var category));
        Assert.StartsWith("Unknown category 'cs.LH'. Did you mean", category);
        Assert.False(PaperFilter.TryParseSort("dat", out _, out var sort));
        Assert.EndsWith("Did you mean 'date'?", sort);
        Assert.False(PaperFilter.TryParseTop("0", out _, out var top));
        Assert.Equal("--top takes a whole number of at least 1, not '0'.", top);
        Assert.False(PaperFilter.TryParseAuthor("  .. ", out _, out _));
    }

    [Fact]
    public void A_category_arXiv_does_not_have_is_kept_as_the_papers_write_it()
    {
        var odd = SeedPapers.Papers[0] with { Category = "xx.YZ" };

        Assert.True(PaperFilter.TryParseCategory("XX.yz", [odd], out var category, out _));
        Assert.Equal("xx.YZ", category);
    }
}
