using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Images;
using XPlot.Plotly;

namespace PaperNotebooks.Tests.Charts.Images;

public sealed class PlotlyOutputTests
{
    private static readonly ChartImage Image = new([0x89, 0x50, 0x4E, 0x47], 640, 360, 2);

    [Fact]
    public void Our_fragment_is_found_with_its_element_figure_and_size()
    {
        string html = PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { ElementId = "chart-1" });

        var chart = Assert.Single(PlotlyOutput.FindAll(html));

        Assert.Equal(("chart-1", 900, 334), (chart.ElementId, chart.Width, chart.Height));
        Assert.Equal("Machine Learning (cs.LG)", (string?)chart.Data[0]!["y"]![0]);
    }

    [Fact]
    public void Our_fragment_after_the_inlined_plotly_bundle_is_found()
    {
        string html = PlotlyHtml.InlineScriptTag("var Plotly = {}; // var figure = 1;") + "\n" + PlotlyHtml.Fragment(ChartPapers.Seed.TimelineChart());

        Assert.Single(PlotlyOutput.FindAll(html));
    }

    [Fact]
    public void An_xplot_chart_is_found_by_its_newplot_call_with_its_size_and_title()
    {
        var xplot = Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } });
        xplot.WithTitle("Mine");
        xplot.WithSize(700, 420);

        var chart = Assert.Single(PlotlyOutput.FindAll(xplot.GetInlineHtml()));

        Assert.Equal((xplot.Id, 700, 420, "Mine"), (chart.ElementId, chart.Width, chart.Height, chart.Title));
    }

    [Theory]
    [InlineData("<div id=\"x\" class=\"papernb-chart\"></div><script>var figure = {\"data\": [1,</script>")]
    [InlineData("<div id=\"x\"></div><script>var data = oops; var layout = {}; Plotly.newPlot('x', data, layout);</script>")]
    [InlineData("<p>Plotly.newPlot('nowhere', data, layout)</p>")]
    [InlineData("")]
    public void Html_that_does_not_parse_as_a_chart_is_no_chart_and_no_exception(string html) => Assert.Empty(PlotlyOutput.FindAll(html));

    [Fact]
    public void The_image_goes_inside_the_chart_element_with_the_script_that_removes_it_once_plotly_draws()
    {
        string html = PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { ElementId = "chart-1" });

        string withImage = StaticChartHtml.WithImage(html, "chart-1", Image, "Chart: <Topics> & \"more\"");

        var page = ChartMarkup.Parse(withImage);
        var image = Assert.Single(page.Div.Children);
        Assert.Equal("IMG", image.TagName);
        Assert.Equal("data:image/png;base64,iVBORw==", image.GetAttribute("src"));
        Assert.Equal("Chart: <Topics> & \"more\"", image.GetAttribute("alt"));
        Assert.Equal("640", image.GetAttribute("width"));
        Assert.Contains(page.Page.Scripts, s => s.TextContent.Contains("js-plotly-plot", StringComparison.Ordinal));
        Assert.True(StaticChartHtml.HasImage(withImage, "chart-1"));
        Assert.Equal(withImage, StaticChartHtml.WithImage(withImage, "chart-1", Image, "again"));
    }

    [Fact]
    public void An_element_that_is_not_there_leaves_the_html_as_it_was() =>
        Assert.Equal("<p>no chart</p>", StaticChartHtml.WithImage("<p>no chart</p>", "chart-1", Image, "Chart"));
}
