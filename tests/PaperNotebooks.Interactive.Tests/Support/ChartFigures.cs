using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>What the chart outputs of a cell hold, read as a browser reads the page: the chart elements, the plotly
/// figures their scripts draw, and the scripts that carry plotly.js inline.</summary>
internal static partial class ChartFigures
{
    /// <summary>The start of <c>PlotlyHtml.InlineScriptTag()</c>'s wrapper around the plotly.js bundle.</summary>
    public const string InlinePlotly = "(function (define, module, exports) {";

    public const string ChartDiv = "class=\"papernb-chart\"";

    /// <summary>The figure (<c>{"data":[...],"layout":{...}}</c>) of every chart in <paramref name="html"/>, in order.</summary>
    public static IReadOnlyList<JsonNode> In(string html) =>
        Page(html).Scripts.Select(s => Figure().Match(s.TextContent)).Where(m => m.Success)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!).ToList();

    /// <summary>The chart elements of <paramref name="html"/>.</summary>
    public static int ChartElements(string html) => Page(html).QuerySelectorAll("div.papernb-chart").Length;

    /// <summary>The script elements of <paramref name="html"/> that define <c>window.Plotly</c> from the bundle.</summary>
    public static int InlinedPlotly(string html) => PlotlyScripts(Page(html)).Count();

    /// <summary>Whether plotly.js comes inline before the first chart element, so <c>window.Plotly</c> exists when the
    /// charts' scripts run.</summary>
    public static bool PlotlyComesFirst(string html)
    {
        var page = Page(html);
        var all = page.All.ToList();
        var plotly = PlotlyScripts(page).FirstOrDefault();
        var chart = page.QuerySelector("div.papernb-chart");
        return plotly is not null && chart is not null && all.IndexOf(plotly) < all.IndexOf(chart);
    }

    public static JsonArray Traces(JsonNode figure) => figure["data"]!.AsArray();

    public static string? Title(JsonNode figure) => (string?)figure["layout"]!["title"];

    public static string[] Strings(JsonNode? values) => values!.AsArray().Select(v => (string)v!).ToArray();

    public static int[] Numbers(JsonNode? values) => values!.AsArray().Select(v => (int)v!).ToArray();

    /// <summary>The stacked height of each bar: the traces' y values added up.</summary>
    public static int[] Totals(JsonNode figure) =>
        Traces(figure).Select(t => Numbers(t!["y"])).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray());

    public static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    private static IDocument Page(string html) => new HtmlParser().ParseDocument(html);

    private static IEnumerable<IElement> PlotlyScripts(IDocument page) =>
        page.Scripts.Where(s => s.TextContent.Contains(InlinePlotly, StringComparison.Ordinal));

    [GeneratedRegex(@"var figure = (\{.*\});\r?\n")]
    private static partial Regex Figure();
}
