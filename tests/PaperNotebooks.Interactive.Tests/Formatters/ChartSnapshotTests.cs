using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Rendering;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using XPlot.Plotly;

namespace PaperNotebooks.Interactive.Tests.Formatters;

/// <summary>Every kind of chart on the seed listing, rendered as HTML (with a fixed element id) and as text, equal to
/// the files under <c>Expectations/</c>: as a figure, and as the XPlot.Plotly chart of <see cref="PaperCharts"/>.</summary>
public sealed class ChartSnapshotTests
{
    private static readonly Lazy<PaperCollection> Seed = new(() => PaperListingReader.ReadFile(
        Path.Combine(AppContext.BaseDirectory, "seeds", "000_4bb47f8579d701ca.txt"),
        new ListingReadOptions { AsOf = new DateOnly(2026, 5, 1) }).Papers);

    private static readonly FigureRenderContext FixedId = new() { Html = new PlotlyHtmlOptions { ElementId = "chart" } };

    public static TheoryData<string> Kinds => [.. Charts.Keys];

    private static readonly Dictionary<string, (Func<PaperCollection, ChartFigure> Figure, Func<PaperCollection, PlotlyChart> Chart)> Charts = new()
    {
        ["timeline"] = (p => p.TimelineFigure(), p => p.TimelineChart()),
        ["timeline-month-code"] = (p => p.TimelineFigure(MonthByCode), p => p.TimelineChart(MonthByCode)),
        ["timeline-none"] = (p => p.TimelineFigure(Unstacked), p => p.TimelineChart(Unstacked)),
        ["timeline-empty"] = (_ => Array.Empty<Paper>().TimelineFigure(), _ => Array.Empty<Paper>().TimelineChart()),
        ["topics-bar"] = (p => p.TopicsFigure(), p => p.TopicsChart()),
        ["topics-pie"] = (p => p.TopicsFigure(TopicChartKind.Pie), p => p.TopicsChart(TopicChartKind.Pie)),
        ["topics-treemap"] = (p => p.TopicsFigure(TopicChartKind.Treemap), p => p.TopicsChart(TopicChartKind.Treemap)),
        ["topic-year"] = (p => p.TopicYearFigure(), p => p.TopicYearHeatmap()),
        ["keyphrase-year"] = (p => p.KeyPhraseYearFigure(), p => p.KeyPhraseYearHeatmap()),
        ["authors"] = (p => p.AuthorsFigure(), p => p.AuthorsChart()),
        ["network"] = (p => p.CoauthorNetworkFigure(), p => p.CoauthorNetworkChart()),
    };

    private static TimelineOptions MonthByCode => new() { By = TimelinePeriod.Month, Stack = TimelineStack.Code };

    private static TimelineOptions Unstacked => new() { Stack = TimelineStack.None };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_figure_renders_as_recorded(string kind)
    {
        var figure = Charts[kind].Figure(Seed.Value);

        Expectation.Verify(kind + ".html", PlotlyHtmlRenderer.Instance.Render(figure, FixedId));
        Expectation.Verify(kind + ".txt", FigureTextRenderer.Instance.Render(figure, FixedId));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_xplot_chart_of_a_figure_renders_as_recorded(string kind)
    {
        var chart = Charts[kind].Chart(Seed.Value);

        Expectation.Verify(kind + ".html", PlotlyHtml.Fragment(chart, FixedId.Html));
        Expectation.Verify(kind + ".txt", ChartView.Text(chart));
    }
}
