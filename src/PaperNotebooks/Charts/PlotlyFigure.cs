using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XPlot.Plotly;

namespace PaperNotebooks.Charts;

/// <summary>
/// A chart's plotly data and layout as JSON. XPlot.Plotly 4.1.0 keeps its traces and layout internal and only hands
/// them out as script text (<see cref="PlotlyChart.GetPlottingJS"/>: <c>var data = [...];</c>, <c>var layout = {...};</c>,
/// one statement per line), so the JSON is read back from that text.
/// </summary>
internal static class PlotlyFigure
{
    private static readonly JsonSerializerSettings HtmlSafe = new()
    {
        // \u003c for <, so no title can close the script element the JSON sits in; also > & ' ".
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
        Formatting = Formatting.None,
    };

    /// <summary><c>{"data":[...],"layout":{...}}</c>, safe to embed in a script element.</summary>
    public static string Json(PlotlyChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return JsonConvert.SerializeObject(new JObject { ["data"] = Data(chart), ["layout"] = Layout(chart) }, HtmlSafe);
    }

    public static JArray Data(PlotlyChart chart) => Statement(chart, "data") switch
    {
        JArray traces => traces,
        _ => [],
    };

    public static JObject Layout(PlotlyChart chart)
    {
        if (Statement(chart, "layout") is not JObject layout) return [];
        // XPlot marks axes with a private flag of its own; plotly has no such attribute.
        foreach (var flag in layout.Descendants().OfType<JProperty>().Where(p => p.Name == "_isSubplotObj").ToArray())
            flag.Remove();
        return layout;
    }

    private static JToken? Statement(PlotlyChart chart, string variable)
    {
        string prefix = $"var {variable} = ";
        foreach (var rawLine in chart.GetPlottingJS().Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var json = line[prefix.Length..].TrimEnd(';');
            return JToken.Parse(json);
        }
        throw new InvalidOperationException($"XPlot.Plotly's script for the chart has no '{prefix.Trim()}' line.");
    }
}
