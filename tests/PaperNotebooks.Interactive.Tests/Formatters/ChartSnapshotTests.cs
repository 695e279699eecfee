using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using XPlot.Plotly;

namespace PaperNotebooks.Interactive.Tests.Formatters;

/// <summary>Every kind of chart on the seed listing, rendered as HTML (with a fixed element id) and as text, equal to
/// the files under <c>Expectations/</c>.</summary>
public sealed class ChartSnapshotTests
{
    private static readonly Lazy<PaperCollection> Seed = new(() => PaperListingReader.ReadFile(
        Path.Combine(AppContext.BaseDirectory, "seeds", "000_4bb47f8579d701ca.txt"),
        new ListingReadOptions { AsOf = new DateOnly(2026, 5, 1) }).Papers);

    public static TheoryData<string> Kinds => [.. Charts.Keys];

    private static readonly Dictionary<string, Func<PaperCollection, PlotlyChart>> Charts = new()
    {
        ["timeline"] = p => p.TimelineChart(),
        ["timeline-month-code"] = p => p.TimelineChart(new TimelineOptions { By = TimelinePeriod.Month, Stack = TimelineStack.Code }),
        ["timeline-none"] = p => p.TimelineChart(new TimelineOptions { Stack = TimelineStack.None }),
        ["timeline-empty"] = p => Array.Empty<Paper>().TimelineChart(),
        ["topics-bar"] = p => p.TopicsChart(),
        ["topics-pie"] = p => p.TopicsChart(TopicChartKind.Pie),
        ["topics-treemap"] = p => p.TopicsChart(TopicChartKind.Treemap),
        ["topic-year"] = p => p.TopicYearHeatmap(),
        ["keyphrase-year"] = p => p.KeyPhraseYearHeatmap(),
        ["authors"] = p => p.AuthorsChart(),
        ["network"] = p => p.CoauthorNetworkChart(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_chart_renders_as_it_did(string kind)
    {
        var chart = Charts[kind](Seed.Value);

        Expectation.Verify(kind + ".html", PlotlyHtml.Fragment(chart, new PlotlyHtmlOptions { ElementId = "chart" }));
        Expectation.Verify(kind + ".txt", ChartView.Text(chart));
    }
}
