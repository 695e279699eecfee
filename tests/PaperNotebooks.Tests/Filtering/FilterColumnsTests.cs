using CsCheck;
using PaperNotebooks.Filtering;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Tests.Search;

namespace PaperNotebooks.Tests.Filtering;

public sealed class FilterColumnsTests
{
    private static readonly string[] Categories = ["cs.LG", "CS.lg", "cs.CL", "cs.CV", "stat.ML", "XX", "", "q-bio.BM"];

    [Fact]
    public void Filters_read_from_the_columns_keep_what_reading_every_paper_keeps_in_the_same_order()
    {
        // Papers filed under a category in any case, cross-listed in it (once or twice, or under their own category
        // again), or with a category no other has; filters of any category in any case, years, author and code.
        var paperGen = Gen.Select(Gen.Int[0, Categories.Length - 1], Gen.Int[0, Categories.Length - 1].Array[0, 3], Gen.Int[2014, 2026], Gen.Bool, Gen.Int[0, 2]);
        var filterGen = Gen.Select(Gen.Int[-1, Categories.Length], Gen.Int[2013, 2027], Gen.Int[-1, 4], Gen.Bool, Gen.Bool);
        Gen.Select(paperGen.Array[0, 60], filterGen.Array[1, 8]).Sample((made, filters) =>
        {
            var papers = new PaperCollection(made.Select((p, i) => SeedPapers.Papers[0] with
            {
                Id = $"p{i}",
                Category = Categories[p.Item1],
                Categories = [.. p.Item2.Select(c => Categories[c])],
                Published = new DateOnly(p.Item3, 1, 1),
                HasCode = p.Item4,
                Authors = [p.Item5 == 0 ? "Anna Smith" : "Wei Zhang"],
            }));
            var read = new PaperCollection(papers);   // the same papers, without columns: every filter reads them
            papers.PrepareSearch();
            Assert.True(papers.TryGetDerived<FilterColumns>(out _));
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
        });
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

        Assert.True(papers.TryGetDerived<FilterColumns>(out _));
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

        Assert.True(view.TryGetDerived<FilterColumns>(out _));
        Assert.Equal(expected, filter.Apply(view).Select(p => p.Id));
    }
}
