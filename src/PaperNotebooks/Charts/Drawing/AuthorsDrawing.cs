using PaperNotebooks.Charts.Figures;
using System.Globalization;
using PaperNotebooks.Charts.Data;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>The top authors as horizontal bars, most papers on top.</summary>
internal static class AuthorsDrawing
{
    public static ChartFigure Draw(AuthorRanking data)
    {
        var authors = data.Authors;
        var bar = new HoverBar
        {
            name = "Papers",
            orientation = "h",
            x = authors.Select(a => a.Papers.Papers).ToArray(),
            y = authors.Select(a => PlotlyText.Escape(a.Name)).ToArray(),
            hoverinfo = "text",
            HoverText = authors.Select(a => PlotlyText.Hover($"<b>{PlotlyText.Escape(a.Name)}</b>: {PlotlyText.Papers(a.Papers.Papers)}", a.Papers)).ToArray(),
            marker = new Marker { color = Palette.Accent },
        };
        int highest = authors.Select(a => a.Papers.Papers).DefaultIfEmpty(0).Max();
        var layout = new PlotLayout
        {
            title = authors.Count == 0
                ? "No authors"
                : $"Top {authors.Count} authors by papers<br><sub>of {data.AuthorCount.ToString("N0", CultureInfo.InvariantCulture)} authors</sub>",
            showlegend = false,
            hovermode = "closest",
            xaxis = highest <= 10 ? new Xaxis { title = "Papers", dtick = 1 } : new Xaxis { title = "Papers" },
            yaxis = new Yaxis { type = "category", autorange = "reversed" },
            margin = new Margin { l = PlotlyText.MarginFor(authors.Select(a => a.Name)), r = 20, t = 80, b = 50 },
        };
        return PlotlyFigure.Create([bar], layout, 800, Math.Max(300, 130 + 26 * authors.Count));
    }
}
