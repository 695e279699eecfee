using System.Text.Json;
using PaperNotebooks.Analytics;
using PaperNotebooks.Filtering;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Analytics;

/// <summary>A read counts its papers and notes their years and categories as it adds them, part by part; what it
/// keeps with the collection is what counting the collection's papers afterwards gives.</summary>
public sealed class CountedAsReadTests
{
    [Fact]
    public void A_listing_read_in_many_parts_keeps_the_summary_and_filter_columns_its_papers_give()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pn-counted-{Guid.NewGuid():N}.txt");
        // The seed forty times: ids made unique, entries spread over many small blocks read on every core.
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(File.ReadAllText(TestFiles.Seed).TrimEnd() + "\n\n", 40)));
        try
        {
            var read = PaperSources.ReadFile(path, TestPapers.Options, null, blockSize: 4 << 10).Papers;
            var afterwards = new PaperCollection(read);   // the same papers, with nothing kept beside them

            Assert.Equal(40 * TestPapers.Seed.Count, read.Count);
            Assert.True(read.TryGetDerived<ListingStatistics.CountedAsRead>(out _));
            Assert.True(read.TryGetDerived<FilterColumns>(out _));
            Assert.False(afterwards.TryGetDerived<ListingStatistics.CountedAsRead>(out _));
            Assert.Equal(Json(ListingStatistics.Compute(afterwards, topAuthors: 0)), Json(ListingStatistics.Compute(read, topAuthors: 0)));
            Assert.Equal(Json(ListingStatistics.Compute(afterwards, topAuthors: 10)), Json(ListingStatistics.Compute(read, topAuthors: 10)));
            foreach (var filter in new[]
            {
                new PaperFilter { Category = "cs.LG" },
                new PaperFilter { Category = "CS.cl", Years = new YearRange(2024, 2025) },
                new PaperFilter { Years = new YearRange(2026, 2026), HasCode = true },
                new PaperFilter { Category = "cs.DC", Author = "Tanaka", Sort = PaperSortKey.Date, Top = 7 },
            })
            {
                Assert.Equal(filter.Apply(afterwards).Select(p => p.Id), filter.Apply(read).Select(p => p.Id));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Json(ListingStatistics statistics) => JsonSerializer.Serialize(statistics);
}
