using Newtonsoft.Json.Linq;
using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Rendering;

namespace PaperNotebooks.Tests.Charts;

/// <summary>The figure value and its renderers.</summary>
public sealed class ChartFigureTests
{
    private static readonly FigureRenderContext FixedId = new() { Html = new PlotlyHtmlOptions { ElementId = "chart" } };

    [Fact]
    public void A_figure_and_its_xplot_chart_render_the_same_html()
    {
        var figure = ChartPapers.Seed.TimelineFigure();

        Assert.Equal(PlotlyHtmlRenderer.Instance.Render(figure, FixedId), PlotlyHtml.Fragment(figure.ToPlotlyChart(), FixedId.Html));
        Assert.Equal(figure.Title, ChartFigure.From(figure.ToPlotlyChart()).Title);
    }

    [Fact]
    public void A_figure_read_from_a_chart_has_what_was_changed_on_the_chart()
    {
        var chart = ChartPapers.Seed.AuthorsChart(3);
        chart.WithTitle("Three authors");
        chart.WithSize(640, 320);

        var figure = ChartFigure.From(chart);

        Assert.Equal("Three authors", figure.Title);
        Assert.Equal((640, 320), (figure.Width, figure.Height));
    }

    [Fact]
    public void With_title_makes_a_new_figure_and_leaves_the_first_as_it_was()
    {
        var figure = ChartPapers.Seed.TopicsFigure();

        var captioned = figure.WithTitle("Papers per category<br><sub>seed</sub>");

        Assert.Equal("Papers per category", figure.Title);
        Assert.Equal("Chart: Papers per category; seed", FigureTextRenderer.Instance.Render(captioned, FixedId));
        Assert.Same(figure.Data, captioned.Data);
    }

    [Fact]
    public void The_context_says_whether_plotly_goes_before_the_chart()
    {
        var figure = ChartPapers.Seed.TopicsFigure();

        var alone = ChartMarkup.Parse(PlotlyHtmlRenderer.Instance.Render(figure, FixedId with { InlinePlotly = true }));
        var shared = ChartMarkup.Parse(PlotlyHtmlRenderer.Instance.Render(figure, FixedId));

        Assert.Equal(2, alone.Page.Scripts.Length);
        Assert.Contains("(function (define, module, exports) {", alone.Page.Scripts[0].TextContent);
        Assert.Equal("chart", (string?)shared.Variable("id"));
    }

    [Theory]
    [InlineData("category", "Chart: Papers (Year 2021–2024)")]
    [InlineData("date", "Chart: Papers (Year 2021-03–2024-11)")]
    [InlineData("linear", "Chart: Papers")]
    public void The_text_names_the_span_of_a_category_or_date_axis(string axis, string text)
    {
        var figure = new ChartFigure(
            [new JObject { ["x"] = new JArray(axis == "date" ? new[] { "2021-03-01", "2024-11-01" } : ["2021", "2024"]) }],
            new JObject { ["title"] = "<b>Papers</b>", ["xaxis"] = new JObject { ["title"] = "Year", ["type"] = axis } },
            width: 0, height: 0);

        Assert.Equal(text, FigureTextRenderer.Instance.Render(figure, FixedId));
        Assert.Equal((ChartFigure.DefaultWidth, ChartFigure.DefaultHeight), (figure.Width, figure.Height));
    }

    [Fact]
    public void A_figure_without_a_title_is_untitled()
    {
        Assert.Equal("Chart: untitled", FigureTextRenderer.Instance.Render(new ChartFigure([], [], 400, 300), FixedId));
    }
}
