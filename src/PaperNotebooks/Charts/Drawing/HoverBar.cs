using Newtonsoft.Json;
using XPlot.Plotly;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>A bar trace with plotly's <c>hovertext</c>, which XPlot.Plotly 4.1.0 lacks: its <c>text</c> would also be
/// written on the bars.</summary>
internal sealed class HoverBar : Bar
{
    [JsonProperty("hovertext", NullValueHandling = NullValueHandling.Ignore)]
    public object? HoverText { get; set; }
}
