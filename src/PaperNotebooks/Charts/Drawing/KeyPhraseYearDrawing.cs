using System.Globalization;
using PaperNotebooks.Query;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Papers per key phrase and year as a heatmap (trend topics): phrases down, years across.</summary>
internal static class KeyPhraseYearDrawing
{
    public static PlotlyChart Draw(PhraseYearTable table)
    {
        var years = table.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var phrases = table.Rows.Select(r => PlotlyText.Escape(r.Phrase)).ToArray();
        var heatmap = new Heatmap
        {
            name = "Papers",
            x = years,
            y = phrases,
            z = table.Rows.Select(r => r.Counts.ToArray()).ToArray(),
            text = table.Rows.Select((r, p) => r.Counts.Select((count, y) =>
                $"<b>{phrases[p]}</b><br>{years[y]}: {PlotlyText.Papers(count)} of {table.PapersPerYear[y].ToString("N0", CultureInfo.InvariantCulture)}").ToArray()).ToArray(),
            hoverinfo = "text",
            colorscale = Palette.Blues,
            zmin = 0,
            colorbar = table.Rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max() <= 10
                ? new Colorbar { title = "Papers", dtick = 1 }
                : new Colorbar { title = "Papers" },
        };
        double margin = PlotlyText.MarginFor(table.Rows.Select(r => r.Phrase));
        var layout = new PlotLayout
        {
            title = table.Rows.Count == 0 ? "No key phrases" : "Papers per key phrase and year",
            hovermode = "closest",
            xaxis = new Xaxis { title = "Year", type = "category" },
            yaxis = new Yaxis { type = "category", autorange = "reversed" },
            margin = new Margin { l = margin, r = 20, t = 60, b = 50 },
        };
        var chart = Chart.Plot(heatmap, layout);
        chart.WithSize((int)Math.Clamp(margin + 60 * years.Length + 140, 600, 1100), Math.Max(320, 130 + 24 * table.Rows.Count));
        return chart;
    }
}
