using PaperNotebooks.Charts.Figures;
using System.Globalization;
using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Papers per category and year as a heatmap: categories down, years across.</summary>
internal static class TopicYearDrawing
{
    public static ChartFigure Draw(TopicYearData data)
    {
        string[][] hover = data.Cells.Select((row, t) => row.Select((cell, y) =>
            Hover(data.Topics[t], data.Years[y].ToString(CultureInfo.InvariantCulture), cell)).ToArray()).ToArray();
        return YearHeatmapDrawing.Draw(
            data.Topics.Count == 0 ? "No papers" : "Papers per category and year",
            data.Years,
            data.Topics.Select(t => t.Label).ToArray(),
            data.Cells.Select(row => row.Select(c => c.Papers).ToArray()).ToArray(),
            hover,
            rowHeight: 30);
    }

    private static string Hover(TopicCount topic, string year, PaperGroup cell) =>
        PlotlyText.Hover($"<b>{PlotlyText.Escape(topic.Label)}</b><br>{year}: {PlotlyText.Papers(cell.Papers)}", cell);
}
