using System.Globalization;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Topics over time: papers per topic and year as a heatmap, topics down (largest first, outliers last).</summary>
internal static class TopicTimeDrawing
{
    public static ChartFigure Draw(TopicModel model)
    {
        var (years, counts) = model.ByYear();
        int rows = model.OutlierCount > 0 ? model.K + 1 : model.K;
        var labels = Enumerable.Range(0, rows).Select(r => r < model.K ? $"{r}: {PlotlyText.Shorten(model.LabelOf(r), 40)}" : TopicModel.OutlierLabel).ToArray();
        var cells = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, years.Count).Select(y => counts[r, y]).ToArray()).ToArray();
        var hover = cells.Select((row, r) => row.Select((n, y) =>
            $"<b>{PlotlyText.Escape(labels[r])}</b><br>{years[y].ToString(CultureInfo.InvariantCulture)}: {PlotlyText.Papers(n)}").ToArray()).ToArray();
        return YearHeatmapDrawing.Draw("Topics over time: papers per topic and year", years, labels, cells, hover, rowHeight: 26);
    }
}
