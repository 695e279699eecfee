namespace PaperNotebooks.Charts;

/// <summary>Where a chart rendered by <see cref="PlotlyHtml"/> finds plotly.js when the page has none yet.</summary>
public sealed record PlotlyHtmlOptions
{
    public static PlotlyHtmlOptions Default { get; } = new();

    /// <summary>
    /// A URL of plotly.js (<c>plotly.min.js</c>) that the page can reach. With require.js on the page (Jupyter classic)
    /// it is configured as a require.js path; otherwise it is loaded with a script element. Null: the chart waits for
    /// <c>window.Plotly</c> (see <see cref="PlotlyHtml.InlineScriptTag(string)"/>) and loads nothing itself.
    /// </summary>
    public string? ScriptUrl { get; init; }

    /// <summary>How long the chart waits for plotly.js before it says, in place of the chart, that it could not load it.</summary>
    public TimeSpan LoadTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The id of the chart's element; null for a new unique one.</summary>
    public string? ElementId { get; init; }
}
