using PaperNotebooks.Analytics;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Analytics;

public sealed class ListingStatisticsTests
{
    private static readonly ListingReadOptions Options = new() { AsOf = TestFiles.AsOf };

    [Fact]
    public void Statistics_of_the_seed_count_every_year_category_and_author()
    {
        var stats = ListingStatistics.ReadFile(TestFiles.Seed, Options, topAuthors: 5).Statistics;

        Assert.Equal(18, stats.PaperCount);
        Assert.Equal([new(2021, 2), new(2023, 3), new(2024, 6), new(2025, 4), new(2026, 3)], stats.PerYear);
        Assert.Equal(new CategoryCount("cs.LG", "Machine Learning", 6), stats.PerCategory[0]);
        Assert.Equal(8, stats.PerCategory.Count);
        Assert.Equal(new AuthorCount("Masahiro Tanaka", 8), stats.TopAuthors[0]);
        Assert.Equal(new AuthorCount("Sam Ade Jacobs", 4), stats.TopAuthors[1]);
        Assert.Equal(3, stats.WithCode);
        Assert.Equal(3, stats.YearsInferred);
    }

    [Fact]
    public void Streaming_statistics_equal_statistics_of_the_loaded_papers()
    {
        var streamed = ListingStatistics.ReadFile(TestFiles.Seed, Options, topAuthors: 50).Statistics;
        var loaded = ListingStatistics.Compute(PaperListingReader.ReadFile(TestFiles.Seed, Options).Papers, topAuthors: 50);

        Assert.Equal(loaded.PaperCount, streamed.PaperCount);
        Assert.Equal(loaded.PerYear, streamed.PerYear);
        Assert.Equal(loaded.PerCategory, streamed.PerCategory);
        Assert.Equal(loaded.TopAuthors, streamed.TopAuthors);
    }

    [Fact]
    public void A_paper_that_lists_one_person_twice_counts_once_in_statistics_as_in_the_authors_chart()
    {
        using var scratch = new ScratchFolder();
        string listing = scratch.Write("twice.txt",
            "LGMar 3, 2024\nDeep Things for EveryoneSam Ade Jacobs, Sam Adé Jacobs\nAn abstract.\n" +
            "LGMar 4, 2024\nShallow Things for NobodySam Ade Jacobs, Ada Lovelace\nAnother abstract.\n");
        var papers = PaperListingReader.ReadFile(listing, Options).Papers;

        var streamed = ListingStatistics.ReadFile(listing, Options).Statistics;
        var chart = PaperNotebooks.Charts.Data.AuthorRanking.Compute(papers, 10);

        Assert.Equal(new AuthorCount("Sam Ade Jacobs", 2), streamed.TopAuthors[0]);
        Assert.Equal(2, ListingStatistics.Compute(papers).TopAuthors[0].Papers);
        Assert.Equal(2, chart.Authors[0].Papers.Papers);
    }

    [Theory]
    [InlineData("Sam Ade Jacobs", "Sam Adé Jacobs")]
    [InlineData("sam ade jacobs", "SAM  ADÉ JACOBS")]
    [InlineData("Zoë Müller", "Zoe Muller")]
    [InlineData("J. R. R. Tolkien", "J R R Tolkien")]
    public void Author_identity_ignores_case_accents_and_spacing(string a, string b)
    {
        Assert.True(AuthorIdentity.SameAuthor(a, b));
    }

    [Fact]
    public void Different_people_stay_different()
    {
        Assert.False(AuthorIdentity.SameAuthor("Sam Jacobs", "Sam Ade Jacobs"));
        Assert.True(AuthorIdentity.Matches("Sam Adé Jacobs", "ade jac"));
    }
}
