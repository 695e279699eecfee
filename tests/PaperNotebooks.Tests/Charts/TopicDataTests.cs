using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Tests.Charts;

public sealed class TopicDataTests
{
    [Fact]
    public void Papers_per_category_of_the_seed_are_counted_largest_first_with_full_names()
    {
        var topics = TopicData.Compute(ChartPapers.Seed);

        Assert.Equal(18, topics.PaperCount);
        Assert.Equal(
            [("cs.LG", 6), ("cs.CL", 4), ("cs.DC", 3), ("cs.AI", 1), ("cs.CR", 1), ("cs.DB", 1), ("cs.PF", 1), ("stat.ML", 1)],
            topics.Topics.Select(t => (t.Category, t.Papers.Papers)));
        Assert.Equal("Machine Learning (cs.LG)", topics.Topics[0].Label);
        Assert.Equal("Distributed, Parallel, and Cluster Computing (cs.DC)", topics.Topics[2].Label);
        Assert.Equal("Machine Learning (stat.ML)", topics.Topics[^1].Label);
    }

    [Fact]
    public void Small_categories_beyond_the_limit_become_one_other_entry()
    {
        var topics = TopicData.Compute(ChartPapers.Seed, maxTopics: 4);

        Assert.Equal(["cs.LG", "cs.CL", "cs.DC", "other"], topics.Topics.Select(t => t.Category));
        Assert.Equal(5, topics.Topics[^1].Papers.Papers);
        Assert.Equal("Other (5 categories)", topics.Topics[^1].Label);
        Assert.True(topics.Topics[^1].IsOther);
        Assert.Equal(18, topics.PaperCount);
    }

    [Fact]
    public void Papers_whose_source_gave_no_category_are_counted_under_one_named_label()
    {
        var papers = new[]
        {
            ChartPapers.Paper("a", "A", new DateOnly(2024, 1, 1), "", "Ann"),
            ChartPapers.Paper("b", "B", new DateOnly(2024, 1, 1), "", "Bob"),
        };

        var topic = Assert.Single(TopicData.Compute(papers).Topics);

        Assert.Equal(("(no category)", 2), (topic.Label, topic.Papers.Papers));
    }

    [Fact]
    public void A_code_arxiv_does_not_know_is_labelled_as_written()
    {
        var papers = new[] { ChartPapers.Paper("a", "A", new DateOnly(2024, 1, 1), "XY", "Ann") };

        var topic = Assert.Single(TopicData.Compute(papers).Topics);

        Assert.Equal("XY", topic.Label);
    }

    [Fact]
    public void The_category_by_year_table_has_every_year_and_zero_where_a_category_has_no_paper()
    {
        var table = TopicYearData.Compute(ChartPapers.Seed);

        Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], table.Years);
        Assert.Equal(8, table.Topics.Count);
        Assert.Equal([1, 0, 2, 0, 1, 2], table.Cells[0].Select(c => c.Papers));
        Assert.Equal(3, table.CountOf("cs.CL", 2024));
        Assert.Equal(2, table.CountOf("cs.DC", 2024));
        Assert.Equal(0, table.CountOf("cs.DC", 2022));
        Assert.Equal(1, table.CountOf("stat.ML", 2025));
        Assert.Equal(18, table.Cells.Sum(row => row.Sum(c => c.Papers)));
    }
}
