using PaperNotebooks.Charts.Figures;
using System.Globalization;
using PaperNotebooks.Charts.Data;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>A timeline as stacked bars: one trace per series, one bar per period.</summary>
internal static class TimelineDrawing
{
    public static ChartFigure Draw(TimelineData data, TimelineStack stack)
    {
        bool byYear = data.Period == TimelinePeriod.Year;
        var labels = data.Labels;
        // Years as categories (no 2021.5 ticks); months on a date axis, which spaces and labels them itself.
        var x = byYear ? labels.ToArray() : data.Periods.Select(p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var hoverPeriod = byYear ? labels.ToArray() : data.Periods.Select(p => p.ToString("MMMM yyyy", CultureInfo.InvariantCulture)).ToArray();

        var traces = data.Series.Select((series, s) => new HoverBar
        {
            name = PlotlyText.Escape(series.Name),
            x = x,
            y = series.Counts,
            hoverinfo = "text",
            HoverText = series.Bars.Select((bar, i) => Hover(series, data.Series.Count, hoverPeriod[i], bar)).ToArray(),
            marker = new Marker { color = series.Key == "other" ? Palette.Other : Palette.Color(s) },
        }).ToArray();

        int highest = data.Totals.DefaultIfEmpty(0).Max();
        string unit = byYear ? "year" : "month";
        var layout = new PlotLayout
        {
            title = (data.Series.Count == 0 ? "No papers" : $"Papers per {unit}") + Subtitle(stack, data),
            barmode = "stack",
            showlegend = data.Series.Count > 1,
            hovermode = "closest",
            xaxis = byYear
                ? new Xaxis { title = "Year", type = "category" }
                : new Xaxis { title = "Month", type = "date", tickformat = "%b %Y" },
            yaxis = highest <= 10 ? new Yaxis { title = "Papers", dtick = 1 } : new Yaxis { title = "Papers" },
            margin = new Margin { l = 60, r = 20, t = 70, b = 60 },
        };
        return PlotlyFigure.Create(traces, layout, data.Series.Count > 1 ? 960 : 800, 480);
    }

    private static string Subtitle(TimelineStack stack, TimelineData data) => stack switch
    {
        TimelineStack.Category when data.Series.Count > 0 => ", by category",
        TimelineStack.Code when data.Series.Count > 0 => ", with and without code",
        _ => "",
    };

    private static string Hover(TimelineSeries series, int seriesCount, string period, PaperGroup bar)
    {
        if (bar.Papers == 0) return "";
        string heading = seriesCount > 1
            ? $"<b>{PlotlyText.Escape(series.Name)}</b><br>{period}: {PlotlyText.Papers(bar.Papers)}"
            : $"<b>{period}</b>: {PlotlyText.Papers(bar.Papers)}";
        return PlotlyText.Hover(heading, bar);
    }
}
