using CsCheck;
using PaperNotebooks.Analytics;
using PaperNotebooks.Filtering;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Tests.Search;

namespace PaperNotebooks.Tests.Model;

public sealed class PaperColumnsTests
{
    private static readonly string[] Categories = ["cs.LG", "CS.lg", "cs.CL", "cs.CV", "stat.ML", "XX", "", "q-bio.BM"];

    [Fact]
    public void Filters_and_the_summary_read_from_the_columns_give_what_reading_every_paper_gives()
    {
        // Papers filed under a category in any case, cross-listed in it (once or twice, or under their own category
        // again), or with a category no other has, its name varying or missing, code and inferred years here and there;
        // filters of any category in any case, years, author and code.
        var paperGen = Gen.Select(Gen.Int[0, Categories.Length - 1], Gen.Int[0, Categories.Length - 1].Array[0, 3], Gen.Int[2014, 2026], Gen.Bool, Gen.Int[0, 2]);
        var filterGen = Gen.Select(Gen.Int[-1, Categories.Length], Gen.Int[2013, 2027], Gen.Int[-1, 4], Gen.Bool, Gen.Bool);
        Gen.Select(paperGen.Array[0, 60], filterGen.Array[1, 8]).Sample((made, filters) =>
        {
            var papers = new PaperCollection(made.Select((p, i) => SeedPapers.Papers[0] with
            {
                Id = $"p{i}",
                Category = Categories[p.Item1],
                Categories = [.. p.Item2.Select(c => Categories[c])],
                CategoryName = p.Item5 == 2 ? null : $"Name {p.Item5} of {Categories[p.Item1]}",
                Published = new DateOnly(p.Item3, 1 + p.Item5, 1 + i % 28),
                YearInferred = (i + p.Item1) % 3 == 0,
                HasCode = p.Item4,
                Authors = [p.Item5 == 0 ? "Anna Smith" : "Wei Zhang"],
            }));
            var read = new PaperCollection(papers);   // the same papers, without columns: every filter reads them
            papers.PrepareSearch();
            Assert.True(papers.TryGetDerived<PaperColumns>(out _));
            foreach (var (category, firstYear, span, hasCode, byAuthor) in filters)
            {
                var filter = new PaperFilter
                {
                    Category = category < 0 ? null : category == Categories.Length ? "cs.lg" : Categories[category],
                    Years = span < 0 ? null : new YearRange(firstYear, firstYear + span),
                    HasCode = hasCode,
                    Author = byAuthor ? "Smith" : null,
                };
                Assert.Equal(filter.Apply(read).Select(p => p.Id), filter.Apply(papers).Select(p => p.Id));
                Assert.Equal(read.Where(filter.Keeps).Select(p => p.Id), filter.Apply(papers).Select(p => p.Id));
            }
            Assert.Equal(Json(ListingStatistics.Compute(read, topAuthors: 3)), Json(ListingStatistics.Compute(papers, topAuthors: 3)));
        });
    }

    private static string Json(ListingStatistics statistics) => System.Text.Json.JsonSerializer.Serialize(statistics);

    [Fact]
    public void A_listing_read_in_many_parts_keeps_columns_that_give_the_summary_and_filters_its_papers_give()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pn-columns-{Guid.NewGuid():N}.txt");
        // The seed forty times: ids made unique, entries spread over many small blocks read on every core.
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(File.ReadAllText(TestFiles.Seed).TrimEnd() + "\n\n", 40)));
        try
        {
            var read = PaperNotebooks.Sources.PaperSources.ReadFile(path, TestPapers.Options, null, blockSize: 4 << 10).Papers;
            var afterwards = new PaperCollection(read);   // the same papers, with nothing kept beside them

            Assert.Equal(40 * TestPapers.Seed.Count, read.Count);
            Assert.True(read.TryGetDerived<PaperColumns>(out _));
            Assert.False(afterwards.TryGetDerived<PaperColumns>(out _));
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

    [Fact]
    public void A_large_set_filtered_before_its_columns_are_built_and_after_keeps_the_same_papers()
    {
        var papers = ScanPapers.Make(60_000, seed: 5);
        var filters = new[]
        {
            new PaperFilter { Category = "cs.LG", Years = new YearRange(2018, 2022) },
            new PaperFilter { Category = "STAT.ml" },
            new PaperFilter { Years = new YearRange(2020, 2020), Sort = PaperSortKey.Date, Descending = true, Top = 50 },
            new PaperFilter { Category = "cs.CV", HasCode = true, Author = "Zhang" },
            new PaperFilter { Category = "no.such" },
        };
        var before = filters.Select(f => f.Apply(papers).Select(p => p.Id).ToList()).ToList();

        papers.PrepareSearch();

        Assert.True(papers.TryGetDerived<PaperColumns>(out _));
        Assert.Equal(before, filters.Select(f => f.Apply(papers).Select(p => p.Id).ToList()));
        Assert.True(before[0].Count > 1_000);
        Assert.Empty(before[4]);
    }

    [Fact]
    public void A_view_filtered_through_its_own_columns_keeps_its_own_papers_in_its_order()
    {
        var set = ScanPapers.Make(5_000, seed: 9);
        var view = set.Subset(Enumerable.Range(0, set.Count).Where(i => i % 3 == 0).Reverse());
        var filter = new PaperFilter { Category = "cs.CL", Years = new YearRange(2019, 2023) };
        var expected = view.Where(filter.Keeps).Select(p => p.Id).ToList();

        view.PrepareSearch();

        Assert.True(view.TryGetDerived<PaperColumns>(out _));
        Assert.Equal(expected, filter.Apply(view).Select(p => p.Id));
    }
}
