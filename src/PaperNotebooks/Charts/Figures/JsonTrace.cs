using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XPlot.Plotly;

namespace PaperNotebooks.Charts.Figures;

/// <summary>A trace XPlot.Plotly writes as it was given: the JSON of a <see cref="ChartFigure"/> trace.</summary>
internal sealed class JsonTrace(JObject trace) : Trace
{
    [JsonExtensionData]
    public IDictionary<string, JToken?> Properties { get; } = trace;
}
