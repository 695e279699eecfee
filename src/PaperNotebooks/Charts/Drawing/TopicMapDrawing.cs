using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Topics;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>A topic model's papers on a 2-D map (the first two principal components of their vectors), one colour
/// per topic, outliers grey; hovering a point shows the paper's title and topic (escaped).</summary>
internal static class TopicMapDrawing
{
    public static ChartFigure Draw(TopicModel model)
    {
        var map = model.Map();
        var traces = new List<Trace>();
        for (int topic = 0; topic < model.K; topic++) traces.Add(Points(model, map, topic, Palette.Color(topic)));
        if (model.OutlierCount > 0) traces.Add(Points(model, map, TopicModel.OutlierTopic, Palette.Other));
        var layout = new PlotLayout
        {
            title = $"{model.K} topics of {model.Papers.Count:N0} papers",
            hovermode = "closest",
            xaxis = new Xaxis { showticklabels = false, zeroline = false, showgrid = false },
            yaxis = new Yaxis { showticklabels = false, zeroline = false, showgrid = false },
            margin = new Margin { l = 20, r = 20, t = 60, b = 20 },
        };
        return PlotlyFigure.Create([.. traces], layout, ChartFigure.DefaultWidth, 600);
    }

    private static HoverScatter Points(TopicModel model, IReadOnlyList<(float X, float Y)> map, int topic, string color)
    {
        var xs = new List<float>();
        var ys = new List<float>();
        var hover = new List<string>();
        string label = PlotlyText.Escape(PlotlyText.Shorten(model.LabelOf(topic), 40));
        for (int i = 0; i < model.Papers.Count; i++)
        {
            if (model.TopicOf(i) != topic) continue;
            xs.Add(map[i].X);
            ys.Add(map[i].Y);
            hover.Add($"<b>{PlotlyText.Escape(PlotlyText.Shorten(model.Papers[i].Title))}</b><br>{(topic < 0 ? "" : $"{topic}: ")}{label}");
        }
        return new HoverScatter
        {
            name = topic < 0 ? TopicModel.OutlierLabel : $"{topic}: {label}",
            x = xs,
            y = ys,
            mode = "markers",
            marker = new Marker { color = color, size = 6, opacity = 0.75 },
            HoverText = hover,
            hoverinfo = "text",
        };
    }
}
