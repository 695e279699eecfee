using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XPlot.Plotly;
using PlotLayout = XPlot.Plotly.Layout.Layout;

namespace PaperNotebooks.Charts.Figures;

/// <summary>
/// <see cref="ChartFigure"/>s from XPlot.Plotly's trace and layout types, written as XPlot writes them. A drawing writes
/// its objects once (<see cref="Create"/>); a <see cref="PlotlyChart"/> only hands them out as script text
/// (<see cref="PlotlyChart.GetPlottingJS"/>: <c>var data = [...];</c>, <c>var layout = {...};</c>, one statement per line),
/// so <see cref="Read"/> reads them back from that.
/// </summary>
internal static class PlotlyFigure
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        // XPlot's getters throw for unset options, so reading a layout must not look at what a property holds.
        ObjectCreationHandling = ObjectCreationHandling.Replace,
    });

    public static ChartFigure Create(IEnumerable<Trace> traces, PlotLayout layout, int width, int height) =>
        new(JArray.FromObject(traces, Serializer), Plotly(JObject.FromObject(layout, Serializer)), width, height);

    public static ChartFigure Read(PlotlyChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string script = chart.GetPlottingJS();
        var data = Statement(script, "data") as JArray ?? [];
        var layout = Statement(script, "layout") as JObject ?? [];
        return new ChartFigure(data, Plotly(layout), chart.Width, chart.Height);
    }

    /// <summary>The layout without the private flag XPlot marks axes with; plotly has no such attribute.</summary>
    private static JObject Plotly(JObject layout)
    {
        foreach (var flag in layout.Descendants().OfType<JProperty>().Where(p => p.Name == "_isSubplotObj").ToArray())
            flag.Remove();
        return layout;
    }

    private static JToken? Statement(string script, string variable)
    {
        string prefix = $"var {variable} = ";
        foreach (var rawLine in script.Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith(prefix, StringComparison.Ordinal)) continue;
            return JToken.Parse(line[prefix.Length..].TrimEnd(';'));
        }
        throw new InvalidOperationException($"XPlot.Plotly's script for the chart has no '{prefix.Trim()}' line.");
    }
}
