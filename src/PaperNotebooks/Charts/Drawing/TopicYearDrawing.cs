using System.Globalization;
using PaperNotebooks.Charts.Data;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Papers per category and year as a heatmap: categories down, years across.</summary>
internal static class TopicYearDrawing
{
    public static PlotlyChart Draw(TopicYearData data)
    {
        var years = data.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var heatmap = new Heatmap
        {
            name = "Papers",
            x = years,
            y = data.Topics.Select(t => PlotlyText.Escape(t.Label)).ToArray(),
            z = data.Cells.Select(row => row.Select(c => c.Papers).ToArray()).ToArray(),
            text = data.Cells.Select((row, t) => row.Select((cell, y) => Hover(data.Topics[t], years[y], cell)).ToArray()).ToArray(),
            hoverinfo = "text",
            colorscale = Palette.Blues,
            zmin = 0,
            colorbar = data.Cells.SelectMany(r => r).Select(c => c.Papers).DefaultIfEmpty(0).Max() <= 10
                ? new Colorbar { title = "Papers", dtick = 1 }
                : new Colorbar { title = "Papers" },
        };
        double margin = PlotlyText.MarginFor(data.Topics.Select(t => t.Label));
        var layout = new PlotLayout
        {
            title = data.Topics.Count == 0 ? "No papers" : "Papers per category and year",
            hovermode = "closest",
            xaxis = new Xaxis { title = "Year", type = "category" },
            yaxis = new Yaxis { type = "category", autorange = "reversed" },
            margin = new Margin { l = margin, r = 20, t = 60, b = 50 },
        };
        var chart = Chart.Plot(heatmap, layout);
        chart.WithSize((int)Math.Clamp(margin + 60 * years.Length + 140, 600, 1100), Math.Max(320, 130 + 30 * data.Topics.Count));
        return chart;
    }

    private static string Hover(TopicCount topic, string year, PaperGroup cell) =>
        PlotlyText.Hover($"<b>{PlotlyText.Escape(topic.Label)}</b><br>{year}: {PlotlyText.Papers(cell.Papers)}", cell);
}
