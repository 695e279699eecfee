using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Tests.Charts;

public sealed class TimelineDataTests
{
    [Fact]
    public void Papers_per_year_of_the_seed_count_a_year_without_papers_as_zero()
    {
        var timeline = TimelineData.Compute(ChartPapers.Seed, new TimelineOptions { Stack = TimelineStack.None });

        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], timeline.Labels);
        Assert.Equal([2, 0, 3, 6, 4, 3], timeline.Totals);
        Assert.Equal(new DateOnly(2022, 1, 1), timeline.Periods[1]);
        var papers = Assert.Single(timeline.Series);
        Assert.Equal("Papers", papers.Name);
        Assert.Equal(0, papers.Bars[1].Papers);
        Assert.Empty(papers.Bars[1].Titles);
    }

    [Fact]
    public void Papers_per_month_fill_every_month_between_the_first_paper_and_the_last()
    {
        var timeline = TimelineData.Compute(ChartPapers.Seed, new TimelineOptions { By = TimelinePeriod.Month, Stack = TimelineStack.None });

        // March 2021 to April 2026.
        Assert.Equal(62, timeline.Periods.Count);
        Assert.Equal("2021-03", timeline.Labels[0]);
        Assert.Equal("2026-04", timeline.Labels[^1]);
        Assert.Equal(18, timeline.Totals.Sum());
        Assert.Equal(1, Count(timeline, "2021-03"));
        Assert.Equal(0, Count(timeline, "2022-06"));
        Assert.Equal(2, Count(timeline, "2026-03"));
        Assert.Equal(Enumerable.Range(0, 62).Select(i => new DateOnly(2021, 3, 1).AddMonths(i)), timeline.Periods);
    }

    [Fact]
    public void Stacking_by_category_gives_one_series_per_category_largest_first_with_full_names()
    {
        var timeline = TimelineData.Compute(ChartPapers.Seed);

        Assert.Equal(["cs.LG", "cs.CL", "cs.DC", "cs.AI", "cs.CR", "cs.DB", "cs.PF", "stat.ML"], timeline.Series.Select(s => s.Key));
        var learning = timeline.Series[0];
        Assert.Equal("Machine Learning (cs.LG)", learning.Name);
        Assert.Equal([1, 0, 2, 0, 1, 2], learning.Counts);
        Assert.Equal([0, 0, 0, 3, 1, 0], timeline.Series[1].Counts);
        Assert.Equal([2, 0, 3, 6, 4, 3], timeline.Totals);
    }

    [Fact]
    public void Categories_beyond_the_series_limit_are_merged_into_other()
    {
        var timeline = TimelineData.Compute(ChartPapers.Seed, new TimelineOptions { MaxSeries = 4 });

        Assert.Equal(["cs.LG", "cs.CL", "cs.DC", "other"], timeline.Series.Select(s => s.Key));
        var other = timeline.Series[^1];
        Assert.Equal("Other (5 categories)", other.Name);
        // cs.AI 2023, cs.CR 2021, cs.DB 2026, cs.PF 2024, stat.ML 2025.
        Assert.Equal([1, 0, 1, 1, 1, 1], other.Counts);
        Assert.Equal([2, 0, 3, 6, 4, 3], timeline.Totals);
    }

    [Fact]
    public void Stacking_by_code_splits_papers_with_code_from_the_rest()
    {
        var timeline = TimelineData.Compute(ChartPapers.Seed, new TimelineOptions { Stack = TimelineStack.Code });

        Assert.Equal(["With code", "Without code"], timeline.Series.Select(s => s.Name));
        Assert.Equal([0, 0, 0, 2, 0, 1], timeline.Series[0].Counts);
        Assert.Equal([2, 0, 3, 4, 4, 2], timeline.Series[1].Counts);
    }

    [Fact]
    public void Each_bar_keeps_a_few_of_its_titles_for_hover_text()
    {
        var timeline = TimelineData.Compute(ChartPapers.Seed, new TimelineOptions { Stack = TimelineStack.None });

        var bar2024 = timeline.Series[0].Bars[3];
        Assert.Equal(6, bar2024.Papers);
        Assert.Equal(3, bar2024.Titles.Count);
        Assert.StartsWith("LLM-jp", bar2024.Titles[0]);
    }

    [Fact]
    public void No_papers_give_an_empty_timeline()
    {
        var timeline = TimelineData.Compute([]);

        Assert.Empty(timeline.Periods);
        Assert.Empty(timeline.Series);
    }

    private static int Count(TimelineData timeline, string label) => timeline.Totals[timeline.Labels.ToList().IndexOf(label)];
}
