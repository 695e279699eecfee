using Newtonsoft.Json.Linq;
using PaperNotebooks.Charts;

namespace PaperNotebooks.Tests.Charts;

public sealed class ChartDrawingTests
{
    [Fact]
    public void The_timeline_draws_one_stacked_bar_trace_per_category_over_every_year()
    {
        var figure = ChartPapers.Figure(ChartPapers.Seed.TimelineChart());

        var traces = (JArray)figure["data"]!;
        Assert.Equal(8, traces.Count);
        Assert.All(traces, t => Assert.Equal("bar", (string?)t["type"]));
        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], traces[0]["x"]!.Values<string>());
        Assert.Equal([1, 0, 2, 0, 1, 2], traces[0]["y"]!.Values<int>());
        Assert.Equal("Machine Learning (cs.LG)", (string?)traces[0]["name"]);
        Assert.Equal("stack", (string?)figure["layout"]!["barmode"]);
        Assert.Equal("Papers per year, by category", (string?)figure["layout"]!["title"]);
        Assert.Equal("Year", (string?)figure["layout"]!["xaxis"]!["title"]);
        Assert.Equal("Papers", (string?)figure["layout"]!["yaxis"]!["title"]);
    }

    [Fact]
    public void The_monthly_timeline_puts_months_on_a_date_axis_and_titles_in_the_hover_text()
    {
        var figure = ChartPapers.Figure(ChartPapers.Seed.TimelineChart(new TimelineOptions { By = TimelinePeriod.Month, Stack = TimelineStack.None }));

        var bar = Assert.Single((JArray)figure["data"]!);
        Assert.Equal(62, bar["x"]!.Count());
        Assert.Equal("2021-03-01", (string?)bar["x"]![0]);
        Assert.Equal("date", (string?)figure["layout"]!["xaxis"]!["type"]);
        var hover = bar["hovertext"]!.Values<string>().ToArray();
        Assert.Contains(hover, h => h!.Contains("Automatic Graph Partitioning", StringComparison.Ordinal));
        Assert.Equal("", hover[1]);
    }

    [Fact]
    public void The_topics_bar_chart_labels_categories_with_their_full_names()
    {
        var figure = ChartPapers.Figure(ChartPapers.Seed.TopicsChart());

        var bar = Assert.Single((JArray)figure["data"]!);
        Assert.Equal("h", (string?)bar["orientation"]);
        Assert.Equal("Machine Learning (cs.LG)", (string?)bar["y"]![0]);
        Assert.Equal("Distributed, Parallel, and Cluster Computing (cs.DC)", (string?)bar["y"]![2]);
        Assert.Equal([6, 4, 3, 1, 1, 1, 1, 1], bar["x"]!.Values<int>());
    }

    [Fact]
    public void The_topics_pie_has_one_slice_per_category()
    {
        var pie = Assert.Single((JArray)ChartPapers.Figure(ChartPapers.Seed.TopicsChart(TopicChartKind.Pie))["data"]!);

        Assert.Equal("pie", (string?)pie["type"]);
        Assert.Equal(8, pie["labels"]!.Count());
        Assert.Equal(18, pie["values"]!.Values<int>().Sum());
    }

    [Fact]
    public void The_topics_treemap_nests_categories_in_their_arxiv_archive()
    {
        var treemap = Assert.Single((JArray)ChartPapers.Figure(ChartPapers.Seed.TopicsChart(TopicChartKind.Treemap))["data"]!);

        Assert.Equal("treemap", (string?)treemap["type"]);
        var ids = treemap["ids"]!.Values<string>().ToList();
        var parents = treemap["parents"]!.Values<string>().ToList();
        var values = treemap["values"]!.Values<int>().ToList();
        Assert.Equal(18, values[ids.IndexOf("all")]);
        Assert.Equal(17, values[ids.IndexOf("archive/cs")]);
        Assert.Equal("archive/cs", parents[ids.IndexOf("topic/cs.LG")]);
        Assert.Equal("archive/stat", parents[ids.IndexOf("topic/stat.ML")]);
        Assert.Equal("Computer Science", (string?)treemap["labels"]![ids.IndexOf("archive/cs")]);
    }

    [Fact]
    public void The_heatmap_has_a_row_per_category_and_a_column_per_year()
    {
        var heatmap = Assert.Single((JArray)ChartPapers.Figure(ChartPapers.Seed.TopicYearHeatmap())["data"]!);

        Assert.Equal("heatmap", (string?)heatmap["type"]);
        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], heatmap["x"]!.Values<string>());
        Assert.Equal(8, heatmap["y"]!.Count());
        Assert.Equal([0, 0, 0, 3, 1, 0], heatmap["z"]![1]!.Values<int>());
    }

    [Fact]
    public void The_authors_chart_shows_the_top_authors_with_their_titles_on_hover()
    {
        var bar = Assert.Single((JArray)ChartPapers.Figure(ChartPapers.Seed.AuthorsChart(top: 3))["data"]!);

        Assert.Equal(["Masahiro Tanaka", "Sam Ade Jacobs", "Jinghan Yao"], bar["y"]!.Values<string>());
        Assert.Equal([8, 4, 2], bar["x"]!.Values<int>());
        var hover = (string)bar["hovertext"]![0]!;
        Assert.StartsWith("<b>Masahiro Tanaka</b>: 8 papers<br>• ", hover);
        Assert.EndsWith("… and 3 more", hover);
    }

    [Fact]
    public void The_network_draws_edges_by_weight_band_and_one_trace_of_nodes_sized_by_papers()
    {
        var traces = (JArray)ChartPapers.Figure(ChartPapers.Seed.CoauthorNetworkChart(top: 5))["data"]!;

        Assert.Equal(["1 joint paper", "2–3 joint papers", "Joint papers", "Authors"], traces.Select(t => (string?)t["name"]));
        // Five edges of one joint paper and two of two, each drawn as three points: both ends and a break.
        Assert.Equal(5 * 3, traces[0]["x"]!.Count());
        Assert.Equal(2 * 3, traces[1]["x"]!.Count());
        var nodes = traces.Last();
        Assert.Equal("Masahiro Tanaka", (string?)nodes!["text"]![0]);
        var sizes = nodes["marker"]!["size"]!.Values<double>().ToArray();
        Assert.Equal(sizes.OrderByDescending(s => s), sizes);
        Assert.Equal(36, sizes[0]);
    }

    [Fact]
    public void Drawing_the_same_network_twice_gives_the_same_figure()
    {
        Assert.Equal(
            PlotlyHtml.FigureJson(ChartPapers.Seed.CoauthorNetworkChart()),
            PlotlyHtml.FigureJson(ChartPapers.Seed.CoauthorNetworkChart()));
    }

    [Fact]
    public void Every_chart_of_no_papers_says_so_in_its_title()
    {
        PaperNotebooks.Model.Paper[] none = [];

        Assert.Equal("No papers", (string?)ChartPapers.Figure(none.TimelineChart())["layout"]!["title"]);
        Assert.Equal("No papers", (string?)ChartPapers.Figure(none.TopicsChart())["layout"]!["title"]);
        Assert.Equal("No papers", (string?)ChartPapers.Figure(none.TopicYearHeatmap())["layout"]!["title"]);
        Assert.Equal("No authors", (string?)ChartPapers.Figure(none.AuthorsChart())["layout"]!["title"]);
        Assert.Equal("No authors", (string?)ChartPapers.Figure(none.CoauthorNetworkChart())["layout"]!["title"]);
    }
}
