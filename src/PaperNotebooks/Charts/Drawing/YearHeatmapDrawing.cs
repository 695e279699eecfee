using PaperNotebooks.Charts.Figures;
using System.Globalization;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Counts per row and year as a heatmap, rows down and years across: the shape of the category-by-year and
/// key-phrase-by-year charts.</summary>
internal static class YearHeatmapDrawing
{
    /// <param name="rowLabels">Row labels as the listing gives them; they are escaped here.</param>
    /// <param name="hover">Hover text per cell, already escaped.</param>
    public static ChartFigure Draw(string title, IReadOnlyList<int> years, IReadOnlyList<string> rowLabels, int[][] counts, string[][] hover, int rowHeight)
    {
        var yearLabels = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var heatmap = new Heatmap
        {
            name = "Papers",
            x = yearLabels,
            y = rowLabels.Select(PlotlyText.Escape).ToArray(),
            z = counts,
            text = hover,
            hoverinfo = "text",
            colorscale = Palette.Blues,
            zmin = 0,
            // Small counts read better as whole steps on the colour bar.
            colorbar = counts.SelectMany(r => r).DefaultIfEmpty(0).Max() <= 10
                ? new Colorbar { title = "Papers", dtick = 1 }
                : new Colorbar { title = "Papers" },
        };
        double margin = PlotlyText.MarginFor(rowLabels);
        var layout = new PlotLayout
        {
            title = title,
            hovermode = "closest",
            xaxis = new Xaxis { title = "Year", type = "category" },
            yaxis = new Yaxis { type = "category", autorange = "reversed" },
            margin = new Margin { l = margin, r = 20, t = 60, b = 50 },
        };
        return PlotlyFigure.Create([heatmap], layout, (int)Math.Clamp(margin + 60 * years.Count + 140, 600, 1100), Math.Max(320, 130 + rowHeight * rowLabels.Count));
    }
}
