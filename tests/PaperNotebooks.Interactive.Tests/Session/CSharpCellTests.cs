namespace PaperNotebooks.Interactive.Tests;

/// <summary>After <c>#!paper load</c>, C# cells use the core library without references or using directives of their own.</summary>
public sealed class CSharpCellTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task Search_charts_statistics_and_author_identity_need_no_using_directive()
    {
        var search = await _kernel.RunAsync("papers.Search(\"offloading\").TotalHits");
        Assert.Equal(2, PaperKernel.ReturnValue<int>(search));

        var chart = await _kernel.RunAsync("papers.TimelineChart()");
        Assert.Contains("papernb-chart", PaperKernel.Html(chart));

        var statistics = await _kernel.RunAsync("ListingStatistics.Compute(papers).PaperCount");
        Assert.Equal(18, PaperKernel.ReturnValue<int>(statistics));

        var identity = await _kernel.RunAsync("AuthorIdentity.SameAuthor(\"Sam Ade Jacobs\", \"Sam Adé Jacobs\")");
        Assert.True(PaperKernel.ReturnValue<bool>(identity));

        var frame = await _kernel.RunAsync("papers.Where(p => p.HasCode).ToDataFrame().Rows.Count");
        Assert.Equal(3L, PaperKernel.ReturnValue<long>(frame));
    }
}
