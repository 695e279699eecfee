using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>What the chart outputs of a cell hold: the plotly figures their scripts draw, and whether plotly.js came inline.</summary>
internal static partial class ChartFigures
{
    /// <summary>The start of <c>PlotlyHtml.InlineScriptTag()</c>'s wrapper around the plotly.js bundle.</summary>
    public const string InlinePlotly = "(function (define, module, exports) {";

    public const string ChartDiv = "class=\"papernb-chart\"";

    /// <summary>The figure (<c>{"data":[...],"layout":{...}}</c>) of every chart in <paramref name="html"/>, in order.</summary>
    public static IReadOnlyList<JsonNode> In(string html) =>
        Figure().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!).ToList();

    public static JsonArray Traces(JsonNode figure) => figure["data"]!.AsArray();

    public static string? Title(JsonNode figure) => (string?)figure["layout"]!["title"];

    public static string[] Strings(JsonNode? values) => values!.AsArray().Select(v => (string)v!).ToArray();

    public static int[] Numbers(JsonNode? values) => values!.AsArray().Select(v => (int)v!).ToArray();

    /// <summary>The stacked height of each bar: the traces' y values added up.</summary>
    public static int[] Totals(JsonNode figure) =>
        Traces(figure).Select(t => Numbers(t!["y"])).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray());

    public static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [GeneratedRegex(@"var figure = (\{.*\});\r?\n")]
    private static partial Regex Figure();
}
