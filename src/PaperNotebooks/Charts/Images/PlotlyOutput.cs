using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PaperNotebooks.Charts.Images;

/// <summary>
/// A plotly chart found in an HTML output: the element it draws into and its figure. Two writers are recognised:
/// <see cref="PlotlyHtml"/> (a <c>papernb-chart</c> div and <c>var figure = {...};</c>) and XPlot.Plotly
/// (<c>var data = [...]; var layout = {...}; Plotly.newPlot('id', data, layout)</c>, with or without its require.js
/// loader). Reading never throws: what does not parse is simply not a chart.
/// </summary>
public sealed partial record PlotlyOutput(string ElementId, JArray Data, JObject Layout, int Width, int Height)
{
    /// <summary>Written by another library (XPlot.Plotly), whose script may need what a page does not have (require.js,
    /// plotly.js from a CDN); false for <see cref="PlotlyHtml"/>'s own charts.</summary>
    public bool IsForeign { get; init; }

    /// <summary>The figure as plotly.js takes it, <c>{"data":[...],"layout":{...}}</c>.</summary>
    public string FigureJson => new JObject { ["data"] = Data, ["layout"] = Layout }.ToString(Formatting.None);

    /// <summary>The chart's title as plain text, "" for none.</summary>
    public string Title => (Layout["title"] is JObject t ? t["text"] : Layout["title"]) is JValue { Type: JTokenType.String } v
        ? Regex.Replace(System.Net.WebUtility.HtmlDecode((string)v!), "<[^>]*>", " ").Trim()
        : "";

    /// <summary>Every chart in <paramref name="html"/>, in order.</summary>
    public static IReadOnlyList<PlotlyOutput> FindAll(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var found = new List<PlotlyOutput>();
        foreach (Match div in OwnChartDiv().Matches(html))
        {
            int script = html.IndexOf("var figure = ", div.Index, StringComparison.Ordinal);
            if (script < 0 || ReadJson(html, script + "var figure = ".Length) is not JObject figure) continue;
            if (figure["data"] is not JArray data || figure["layout"] is not JObject layout) continue;
            var (width, height) = Size(layout, div.Groups["style"].Value);
            found.Add(new PlotlyOutput(System.Net.WebUtility.HtmlDecode(div.Groups["id"].Value), data, layout, width, height));
        }
        foreach (Match call in NewPlotCall().Matches(html))
        {
            string id = call.Groups["id"].Value;
            if (found.Any(f => f.ElementId == id)) continue;
            int dataAt = html.LastIndexOf("var data = ", call.Index, StringComparison.Ordinal);
            int layoutAt = html.LastIndexOf("var layout = ", call.Index, StringComparison.Ordinal);
            if (dataAt < 0 || layoutAt < 0) continue;
            if (ReadJson(html, dataAt + "var data = ".Length) is not JArray data) continue;
            if (ReadJson(html, layoutAt + "var layout = ".Length) is not JObject layout) continue;
            var div = Regex.Match(html, $"<div[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>");
            if (!div.Success) continue;
            var style = Regex.Match(div.Value, "style=\"(?<style>[^\"]*)\"");
            var (width, height) = Size(layout, style.Groups["style"].Value);
            found.Add(new PlotlyOutput(id, data, layout, width, height) { IsForeign = true });
        }
        return found;
    }

    /// <summary>A figure as plotly's own mime type (<c>application/vnd.plotly.v1+json</c>) holds it; null if it is not one.</summary>
    public static PlotlyOutput? FromFigureJson(string json)
    {
        if (ReadJson(json, 0) is not JObject { } figure || figure["data"] is not JArray data) return null;
        var layout = figure["layout"] as JObject ?? [];
        var (width, height) = Size(layout, "");
        return new PlotlyOutput("", data, layout, width, height);
    }

    /// <summary>The size the chart is drawn at: the layout's, else the element's style, else plotly's default.</summary>
    private static (int Width, int Height) Size(JObject layout, string style)
    {
        int width = Pixels(layout["width"]) ?? Pixels(StyleValue(style, "max-width")) ?? Pixels(StyleValue(style, "width")) ?? Figures.ChartFigure.DefaultWidth;
        int height = Pixels(layout["height"]) ?? Pixels(StyleValue(style, "height")) ?? Figures.ChartFigure.DefaultHeight;
        return (Math.Clamp(width, 50, 4000), Math.Clamp(height, 50, 4000));
    }

    private static JToken? StyleValue(string style, string property)
    {
        var match = Regex.Match(style, $"(?:^|;)\\s*{Regex.Escape(property)}\\s*:\\s*(?<value>[0-9.]+)px", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["value"].Value : null;
    }

    private static int? Pixels(JToken? value) => value switch
    {
        JValue { Type: JTokenType.Integer or JTokenType.Float } number => (int)Math.Round((double)number),
        JValue { Type: JTokenType.String } text when double.TryParse((string)text!, NumberStyles.Float, CultureInfo.InvariantCulture, out double px) => (int)Math.Round(px),
        _ => null,
    };

    /// <summary>The one JSON value that starts at <paramref name="start"/>, ignoring what follows it; null if none.</summary>
    private static JToken? ReadJson(string text, int start)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text[start..])) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            return reader.Read() ? JToken.Load(reader) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<div id="(?<id>[^"]+)" class="papernb-chart"(?: style="(?<style>[^"]*)")?[^>]*>""")]
    private static partial Regex OwnChartDiv();

    [GeneratedRegex("""Plotly\.(?:newPlot|plot)\(\s*['"](?<id>[^'"]+)['"]\s*,\s*data\s*,\s*layout""")]
    private static partial Regex NewPlotCall();
}
