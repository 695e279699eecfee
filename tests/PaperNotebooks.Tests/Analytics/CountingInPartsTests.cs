using PaperNotebooks.Analytics;
using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Data;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Analytics;

/// <summary>Statistics and author rankings of a large list are counted in parts on all cores; the result is the one
/// pass's, spellings, ties and first titles included.</summary>
public sealed class CountingInPartsTests
{
    // Spellings of one person (case, accents, spacing) spread over the list, so parts meet them in different orders.
    private static readonly string[][] People =
    [
        ["José García", "Jose Garcia", "JOSÉ GARCÍA"],
        ["Anna Müller", "Anna Muller"],
        ["Li Wei"],
        ["Sam Adé Jacobs", "Sam Ade Jacobs", "sam ade  jacobs"],
        ["Zoë Brown", "Zoe Brown"],
    ];

    private static readonly Lazy<List<Paper>> Papers = new(() => [.. Enumerable.Range(0, 45_000).Select(i => new Paper
    {
        Id = $"p{i}",
        Title = $"Title {i}",
        Authors = [.. Enumerable.Range(0, 1 + i % 3).Select(k => Spelling(i * 7 + k * 13))],
        Category = i % 4 == 0 ? "cs.CL" : "cs.LG",
        Published = new DateOnly(2018 + i % 8, 1 + i % 12, 1),
        HasCode = i % 5 == 0,
    })]);

    private static string Spelling(int n)
    {
        var person = People[n % People.Length];
        // Later papers favour other spellings, so the most common spelling differs from the first one seen.
        return n % 11 < 3 ? $"Author Number{n % 900}" : person[(n / People.Length + n / 20_000) % person.Length];
    }

    [Fact]
    public void Statistics_counted_in_parts_equal_one_pass()
    {
        var inParts = ListingStatistics.Compute(Papers.Value, topAuthors: 30);
        var onePass = ListingStatistics.Compute(Papers.Value.Select(p => p), topAuthors: 30);

        Assert.Equal(onePass.PaperCount, inParts.PaperCount);
        Assert.Equal(onePass.PerYear, inParts.PerYear);
        Assert.Equal(onePass.PerCategory, inParts.PerCategory);
        Assert.Equal(onePass.TopAuthors, inParts.TopAuthors);
        Assert.Equal(onePass.WithCode, inParts.WithCode);
    }

    [Theory]
    [InlineData(TimelinePeriod.Year, TimelineStack.Category)]
    [InlineData(TimelinePeriod.Month, TimelineStack.Category)]
    [InlineData(TimelinePeriod.Year, TimelineStack.Code)]
    [InlineData(TimelinePeriod.Month, TimelineStack.None)]
    public void A_timeline_counted_in_parts_or_read_from_the_topic_table_equals_one_pass_with_the_same_names_and_first_titles(TimelinePeriod by, TimelineStack stack)
    {
        // Twelve categories, more than the chart keeps, some only late in the list; a category's name as its first paper
        // gives it (later papers name it otherwise).
        var papers = Papers.Value.Select((p, i) => p with
        {
            Category = $"cs.C{(i < 30_000 ? i % 9 : i % 12)}",
            CategoryName = i < 20_000 ? "Early name" : $"Name {i % 3}",
            Published = new DateOnly(2015 + i * 7 % 9, 1 + i % 12, 1),
        }).ToList();
        var options = new TimelineOptions { By = by, Stack = stack };

        var onePass = TimelineData.Compute(papers.Select(p => p), options);
        var inParts = TimelineData.Compute(papers, options);
        // A collection's years by category are read from its topic table.
        var ofCollection = TimelineData.Compute(new PaperCollection(papers), options);

        Assert.NotEmpty(onePass.Series[0].Bars);
        foreach (var timeline in new[] { inParts, ofCollection })
        {
            Assert.Equal(onePass.Periods, timeline.Periods);
            Assert.Equal(
                onePass.Series.Select(s => (s.Key, s.Name, string.Join(";", s.Bars.Select(b => $"{b.Papers}:{string.Join("|", b.Titles)}")))),
                timeline.Series.Select(s => (s.Key, s.Name, string.Join(";", s.Bars.Select(b => $"{b.Papers}:{string.Join("|", b.Titles)}")))));
        }
    }

    [Fact]
    public void A_collection_counts_its_authors_once_for_its_statistics_and_its_author_charts()
    {
        var papers = new PaperCollection(Papers.Value);

        var statistics = ListingStatistics.Compute(papers, topAuthors: 30);
        Assert.True(papers.TryGetDerived<AuthorTable>(out var table));
        var ranking = AuthorRanking.Compute(papers, top: 30);

        Assert.Same(table, AuthorTable.Of(papers));
        Assert.Equal(ListingStatistics.Compute(Papers.Value.Select(p => p), topAuthors: 30).TopAuthors, statistics.TopAuthors);
        Assert.Equal(statistics.TopAuthors.Select(a => (a.Name, a.Papers)), ranking.Authors.Select(a => (a.Name, a.Papers.Papers)));
    }

    [Fact]
    public void An_author_ranking_counted_in_parts_equals_one_pass_with_the_same_first_titles()
    {
        var inParts = AuthorRanking.Compute(Papers.Value, top: 40);
        var onePass = AuthorRanking.Compute(Papers.Value.Select(p => p), top: 40);

        Assert.Equal(onePass.AuthorCount, inParts.AuthorCount);
        Assert.Equal(
            onePass.Authors.Select(a => (a.Name, a.Papers.Papers, string.Join("|", a.Papers.Titles))),
            inParts.Authors.Select(a => (a.Name, a.Papers.Papers, string.Join("|", a.Papers.Titles))));
    }

    [Fact]
    public void Authors_read_through_name_pools_count_as_the_same_names_held_as_strings()
    {
        // Two pools, as two reading threads hold: blocks of papers alternate between them, so one name has a number in
        // each pool, and a pool's numbers are met in both parts of the count. A few lists stay strings (merged copies).
        var pools = new[] { new PaperNotebooks.Text.NamePool(), new PaperNotebooks.Text.NamePool() };
        var pooled = Papers.Value.Select((p, i) => i % 97 == 0 ? p : p with { Authors = pools[i / 1_000 % 2].ShareNumbered(p.Authors) }).ToList();
        Assert.IsType<PaperNotebooks.Text.PooledNames>(pooled[5].Authors);

        var expected = AuthorRanking.Compute(Papers.Value, top: 40);
        var actual = AuthorRanking.Compute(pooled, top: 40);

        Assert.Equal(expected.AuthorCount, actual.AuthorCount);
        Assert.Equal(
            expected.Authors.Select(a => (a.Name, a.Papers.Papers, string.Join("|", a.Papers.Titles))),
            actual.Authors.Select(a => (a.Name, a.Papers.Papers, string.Join("|", a.Papers.Titles))));
        Assert.Equal(ListingStatistics.Compute(Papers.Value, topAuthors: 30).TopAuthors, ListingStatistics.Compute(pooled, topAuthors: 30).TopAuthors);
        Assert.Equal(Papers.Value, pooled);
        // The same people, numbered alike (in the order a pass meets them), found by any spelling.
        var byName = AuthorTable.Count(Papers.Value, AuthorTable.TitlesPerAuthor);
        var byNumber = AuthorTable.Count(pooled, AuthorTable.TitlesPerAuthor);
        Assert.Equal(byName.People, byNumber.People);
        foreach (string spelling in People.SelectMany(p => p).Append("Author Number17").Append("nobody at all"))
            Assert.Equal(byName.Find(spelling), byNumber.Find(spelling));
        Assert.Equal(Enumerable.Range(0, byName.People).Select(byName.NameOf), Enumerable.Range(0, byNumber.People).Select(byNumber.NameOf));
    }

    [Fact]
    public void Many_pooled_names_grouped_by_a_core_each_find_the_same_people_as_the_count_by_name()
    {
        // More names than one core groups: each person written several ways (case, accents, spacing), the
        // spellings spread over two pools and over the list.
        string[] forms = ["Zoë Nakamura {0}", "ZOE NAKAMURA {0}", "zoe  nakamura {0}", "Zoe Nakamura {0}"];
        var papers = Enumerable.Range(0, 60_000).Select(i => new Paper
        {
            Id = $"s{i}",
            Title = $"Sharded {i}",
            Category = "cs.DL",
            Authors = [string.Format(forms[i % 4], i / 2 % 20_000), string.Format(forms[(i / 3) % 4], (i * 7 + 3) % 30_000), $"Solo Author {i}"],
            Published = new DateOnly(2020 + i % 5, 1, 1),
        }).ToList();
        var pools = new[] { new PaperNotebooks.Text.NamePool(), new PaperNotebooks.Text.NamePool() };
        var pooled = papers.Select((p, i) => p with { Authors = pools[i / 5_000 % 2].ShareNumbered(p.Authors) }).ToList();
        Assert.True(pools.Sum(pool => pool.Count) >= PeopleOfNames.BucketsFrom);

        var byName = AuthorTable.Count(papers, AuthorTable.TitlesPerAuthor);
        var byNumber = AuthorTable.Count(pooled, AuthorTable.TitlesPerAuthor);

        Assert.Equal(byName.People, byNumber.People);
        Assert.Equal(Enumerable.Range(0, byName.People).Select(byName.NameOf), Enumerable.Range(0, byNumber.People).Select(byNumber.NameOf));
        Assert.Equal(Enumerable.Range(0, byName.People).Select(byName.PaperCount), Enumerable.Range(0, byNumber.People).Select(byNumber.PaperCount));
        foreach (string spelling in papers.Take(3_000).SelectMany(p => p.Authors).Append("Zoe Nakamura 19999").Append("nobody at all"))
            Assert.Equal(byName.Find(spelling), byNumber.Find(spelling));
        Assert.Equal(
            byName.Top(50).Select(person => string.Join("|", byName.GroupOf(person).Titles)),
            byNumber.Top(50).Select(person => string.Join("|", byNumber.GroupOf(person).Titles)));
        // A loaded collection's table keeps its people's first titles as rows, read when shown: the same titles.
        var ofCollection = AuthorTable.Count(new PaperCollection(pooled), AuthorTable.TitlesPerAuthor);
        Assert.Equal(
            Enumerable.Range(0, byName.People).Select(person => string.Join("|", byName.GroupOf(person).Titles)),
            Enumerable.Range(0, ofCollection.People).Select(person => string.Join("|", ofCollection.GroupOf(person).Titles)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Pooled_names_counted_with_fewer_first_titles_keep_the_same_people_order_and_titles_as_the_count_by_name(int titles)
    {
        // The count by number keeps up to five rows a person whatever it is asked for, and the first of them orders the
        // people: asking for none or fewer must change neither the order nor the titles' choice.
        var pools = new[] { new PaperNotebooks.Text.NamePool(), new PaperNotebooks.Text.NamePool() };
        var pooled = Papers.Value.Select((p, i) => p with { Authors = pools[i / 1_000 % 2].ShareNumbered(p.Authors) }).ToList();

        var byName = AuthorTable.Count(Papers.Value, titles);
        var byNumber = AuthorTable.Count(new PaperCollection(pooled), titles);

        Assert.Equal(Enumerable.Range(0, byName.People).Select(byName.NameOf), Enumerable.Range(0, byNumber.People).Select(byNumber.NameOf));
        Assert.Equal(
            Enumerable.Range(0, byName.People).Select(person => (byName.PaperCount(person), string.Join("|", byName.GroupOf(person).Titles))),
            Enumerable.Range(0, byNumber.People).Select(person => (byNumber.PaperCount(person), string.Join("|", byNumber.GroupOf(person).Titles))));
        Assert.All(Enumerable.Range(0, byNumber.People), person => Assert.True(byNumber.GroupOf(person).Titles.Count <= titles));
    }
}
