using Newtonsoft.Json.Linq;
using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Data;
using XPlot.Plotly;

namespace PaperNotebooks.Tests.Charts;

/// <summary>A 100,000-paper listing still gives charts of a few traces and bounded categories.</summary>
public sealed class LargeListingChartTests
{
    private static readonly Lazy<PaperNotebooks.Model.PaperCollection> Papers = new(() => ChartPapers.Synthetic(100_000));

    [Fact]
    public void The_synthetic_listing_has_many_categories_authors_and_months()
    {
        var papers = Papers.Value;

        Assert.Equal(100_000, papers.Count);
        Assert.Equal(60, papers.Select(p => p.Category).Distinct().Count());
        Assert.True(AuthorRanking.Compute(papers).AuthorCount > 4_000);
    }

    [Fact]
    public void The_yearly_timeline_stacks_at_most_eight_series_and_counts_every_paper()
    {
        var timeline = TimelineData.Compute(Papers.Value);

        Assert.Equal(8, timeline.Series.Count);
        Assert.Equal("other", timeline.Series[^1].Key);
        Assert.Equal(32, timeline.Periods.Count);
        Assert.Equal(100_000, timeline.Totals.Sum());
        Assert.Equal(8, Traces(Papers.Value.TimelineChart()).Count);
    }

    [Fact]
    public void The_monthly_timeline_has_a_bar_for_each_of_384_months_in_few_traces()
    {
        var chart = Papers.Value.TimelineChart(new TimelineOptions { By = TimelinePeriod.Month, Stack = TimelineStack.Code });

        var traces = Traces(chart);
        Assert.Equal(2, traces.Count);
        Assert.All(traces, t => Assert.Equal(384, t["x"]!.Count()));
        Assert.Equal(100_000, traces.Sum(t => t["y"]!.Values<int>().Sum()));
    }

    [Fact]
    public void Topics_counted_in_parts_on_every_core_chart_exactly_as_one_pass_over_the_papers()
    {
        var papers = Papers.Value;
        var onePass = papers.Select(p => p); // not a list: counted in one pass

        Assert.Equal(PlotlyHtml.FigureJson(onePass.TopicYearHeatmap()), PlotlyHtml.FigureJson(papers.TopicYearHeatmap()));
        Assert.Equal(PlotlyHtml.FigureJson(onePass.TopicsChart()), PlotlyHtml.FigureJson(papers.TopicsChart()));
    }

    [Fact]
    public void The_topic_chart_and_heatmap_of_a_collection_share_one_count()
    {
        var papers = ChartPapers.Synthetic(30_000);

        var first = TopicTable.Of(papers);
        _ = papers.TopicsChart();
        _ = papers.TopicYearHeatmap();

        Assert.Same(first, TopicTable.Of(papers));
        Assert.NotSame(first, TopicTable.Of(papers.Select(p => p)));
    }

    [Theory]
    [InlineData(TopicChartKind.Bar, 20)]
    [InlineData(TopicChartKind.Pie, 10)]
    public void Topic_charts_show_the_largest_categories_and_one_other(TopicChartKind kind, int entries)
    {
        var trace = Assert.Single(Traces(Papers.Value.TopicsChart(kind)));

        var labels = (trace["y"] ?? trace["labels"])!.Values<string>().ToArray();
        Assert.Equal(entries, labels.Length);
        Assert.StartsWith("Other (", labels[^1]);
        Assert.Equal(100_000, (trace["x"] ?? trace["values"])!.Values<int>().Sum());
    }

    [Fact]
    public void The_treemap_has_at_most_forty_categories_under_their_archives()
    {
        var treemap = Assert.Single(Traces(Papers.Value.TopicsChart(TopicChartKind.Treemap)));

        var ids = treemap["ids"]!.Values<string>().ToArray();
        Assert.Equal(40, ids.Count(id => id!.StartsWith("topic/", StringComparison.Ordinal)));
        Assert.Equal(100_000, treemap["values"]![0]!.Value<int>());
    }

    [Fact]
    public void The_heatmap_has_at_most_sixteen_rows()
    {
        var heatmap = Assert.Single(Traces(Papers.Value.TopicYearHeatmap()));

        Assert.Equal(15, heatmap["y"]!.Count());
        Assert.Equal(32, heatmap["x"]!.Count());
        Assert.Equal(100_000, heatmap["z"]!.Sum(row => row.Values<int>().Sum()));
    }

    [Fact]
    public void The_authors_chart_and_the_network_stay_at_their_top_authors()
    {
        var authors = Assert.Single(Traces(Papers.Value.AuthorsChart(top: 25)));
        Assert.Equal(25, authors["y"]!.Count());

        var network = Traces(Papers.Value.CoauthorNetworkChart(top: 40));
        Assert.InRange(network.Count, 1, 7);
        Assert.Equal(40, network.Last()["x"]!.Count());
    }

    [Fact]
    public void Hover_text_keeps_the_page_small()
    {
        long size = new[]
        {
            Papers.Value.TimelineChart(new TimelineOptions { By = TimelinePeriod.Month }),
            Papers.Value.TopicYearHeatmap(),
            Papers.Value.TopicsChart(TopicChartKind.Treemap),
        }.Sum(c => (long)PlotlyHtml.FigureJson(c).Length);

        Assert.InRange(size, 1, 3_000_000);
    }

    private static JArray Traces(PlotlyChart chart) => (JArray)ChartPapers.Figure(chart)["data"]!;
}
