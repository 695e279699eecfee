using Newtonsoft.Json;
using XPlot.Plotly;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>A scatter trace with plotly's <c>hovertext</c>, so <c>text</c> can label the markers while hover says more.</summary>
internal sealed class HoverScatter : Scatter
{
    [JsonProperty("hovertext", NullValueHandling = NullValueHandling.Ignore)]
    public object? HoverText { get; set; }
}
