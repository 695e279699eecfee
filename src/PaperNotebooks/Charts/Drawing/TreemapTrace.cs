using Newtonsoft.Json;
using XPlot.Plotly;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>Plotly's treemap trace, which XPlot.Plotly 4.1.0 predates.</summary>
internal sealed class TreemapTrace : Trace
{
    [JsonProperty("type")]
    public string Type => "treemap";

    [JsonProperty("ids")]
    public required string[] Ids { get; init; }

    [JsonProperty("labels")]
    public required string[] Labels { get; init; }

    [JsonProperty("parents")]
    public required string[] Parents { get; init; }

    [JsonProperty("values")]
    public required int[] Values { get; init; }

    [JsonProperty("hovertext")]
    public required string[] HoverText { get; init; }

    /// <summary>Each parent's value is the sum of its children, not added to them.</summary>
    [JsonProperty("branchvalues")]
    public string BranchValues => "total";

    [JsonProperty("textinfo")]
    public string TextInfo => "label+value";

    [JsonProperty("hoverinfo")]
    public string HoverInfo => "text";
}
