using System.Text;
using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Images;

namespace PaperNotebooks.Cli.Sharing;

/// <summary>
/// Charts of other libraries in papernb's HTML page. XPlot.Plotly's script asks require.js for plotly.js from a CDN, so
/// in a page that must work offline it never draws; the page draws such a chart anew from its figure, as PaperNotebooks'
/// own charts are drawn (same element id, same static image), with the plotly.js the page inlines. The notebook file
/// keeps the output as it was.
/// </summary>
internal static class ForeignCharts
{
    /// <summary>Whether the page needs plotly.js in its head: it has charts of other libraries and no output that
    /// inlines plotly.js already.</summary>
    public static bool NeedPlotly(IEnumerable<string> htmlOutputs)
    {
        bool foreign = false;
        foreach (string html in htmlOutputs)
        {
            if (PlotlyHtml.HasInlineScript(html)) return false;
            foreign |= PlotlyOutput.FindAll(html).Any(c => c.IsForeign);
        }
        return foreign;
    }

    /// <summary>The output as the page shows it: unchanged unless it holds charts of other libraries, which are then
    /// drawn by <see cref="PlotlyHtml"/> instead of their own script.</summary>
    public static string ForPage(string html)
    {
        var foreign = PlotlyOutput.FindAll(html).Where(c => c.IsForeign).ToList();
        if (foreign.Count == 0) return html;
        var page = new StringBuilder();
        foreach (var chart in foreign)
        {
            var figure = new ChartFigure(chart.Data, chart.Layout, chart.Width, chart.Height);
            string fragment = PlotlyHtml.Fragment(figure, new PlotlyHtmlOptions { ElementId = chart.ElementId });
            page.Append(StaticChartHtml.WithImageOf(html, fragment, chart.ElementId)).Append('\n');
        }
        return page.ToString();
    }
}
