using Newtonsoft.Json.Linq;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Figures;

/// <summary>
/// A chart as plotly draws it: the traces (<see cref="Data"/>), the <see cref="Layout"/> and the size. The drawings of
/// <see cref="PaperFigures"/> make one; renderers (<see cref="Rendering.IFigureRenderer{T}"/>) turn it into HTML or text
/// without reading it back from script. Treat <see cref="Data"/> and <see cref="Layout"/> as read-only: a figure may be
/// rendered many times, and <see cref="WithTitle"/> makes a new one.
/// </summary>
public sealed class ChartFigure
{
    /// <summary>The size a chart without one is drawn at.</summary>
    public const int DefaultWidth = 900, DefaultHeight = 500;

    public ChartFigure(JArray data, JObject layout, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(layout);
        Data = data;
        Layout = layout;
        Width = width > 0 ? width : DefaultWidth;
        Height = height > 0 ? height : DefaultHeight;
        Title = TitleOf(layout);
    }

    /// <summary>Plotly's <c>data</c>: one object per trace.</summary>
    public JArray Data { get; }

    /// <summary>Plotly's <c>layout</c>.</summary>
    public JObject Layout { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The title as plotly reads it (tags and entities included); "" for none.</summary>
    public string Title { get; }

    /// <summary>The same figure under another title (plotly label text: tags and entities are read).</summary>
    public ChartFigure WithTitle(string title)
    {
        var layout = (JObject)Layout.DeepClone();
        layout["title"] = title;
        return new ChartFigure(Data, layout, Width, Height);
    }

    /// <summary>The figure of an XPlot.Plotly chart, which may have been changed since it was drawn
    /// (<c>chart.WithTitle(...)</c>). XPlot keeps its traces and layout internal, so they are read from its script.</summary>
    public static ChartFigure From(PlotlyChart chart) => PlotlyFigure.Read(chart);

    /// <summary>This figure as an XPlot.Plotly chart, for code written against <see cref="PaperCharts"/>.</summary>
    public PlotlyChart ToPlotlyChart()
    {
        var chart = Chart.Plot(Data.Select(trace => new JsonTrace((JObject)trace)), Layout.ToObject<PlotLayout>(PlotlyFigure.Serializer)!);
        chart.WithSize(Width, Height);
        return chart;
    }

    private static string TitleOf(JObject layout)
    {
        var title = layout["title"];
        if (title is JObject { } withText) title = withText["text"];
        return title is JValue { Type: JTokenType.String } text ? (string)text! : "";
    }
}
