namespace PaperNotebooks.Charts.Rendering;

/// <summary>
/// What the page a figure is rendered into holds and wants. Its owner (a kernel session, a notebook runner) knows
/// which output comes first in a page and so which one carries plotly.js.
/// </summary>
public sealed record FigureRenderContext
{
    /// <summary>A figure alone: it carries plotly.js, since nothing tells what the page holds.</summary>
    public static FigureRenderContext Standalone { get; } = new() { InlinePlotly = true };

    /// <summary>Whether the output puts plotly.js (about 4.5 MB) before the chart, for the charts after it to use too.</summary>
    public bool InlinePlotly { get; init; }

    /// <summary>Where the chart finds plotly.js otherwise, and its element id.</summary>
    public PlotlyHtmlOptions Html { get; init; } = PlotlyHtmlOptions.Default;
}
