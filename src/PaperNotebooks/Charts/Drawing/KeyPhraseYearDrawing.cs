using PaperNotebooks.Charts.Figures;
using System.Globalization;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Papers per key phrase and year as a heatmap (trend topics): phrases down, years across.</summary>
internal static class KeyPhraseYearDrawing
{
    public static ChartFigure Draw(PhraseYearTable table)
    {
        string[][] hover = table.Rows.Select(row => row.Counts.Select((count, y) =>
            $"<b>{PlotlyText.Escape(row.Phrase)}</b><br>{table.Years[y].ToString(CultureInfo.InvariantCulture)}: {PlotlyText.Papers(count)} of " +
            table.PapersPerYear[y].ToString("N0", CultureInfo.InvariantCulture)).ToArray()).ToArray();
        return YearHeatmapDrawing.Draw(
            table.Rows.Count == 0 ? "No key phrases" : "Papers per key phrase and year",
            table.Years,
            table.Rows.Select(r => r.Phrase).ToArray(),
            table.Rows.Select(r => r.Counts.ToArray()).ToArray(),
            hover,
            rowHeight: 24);
    }
}
