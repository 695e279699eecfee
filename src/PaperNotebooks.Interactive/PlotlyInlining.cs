namespace PaperNotebooks.Interactive;

/// <summary>Which chart outputs of a kernel session carry plotly.js inline (about 4.5 MB) before the chart: the session
/// answers each output's <see cref="Charts.Rendering.FigureRenderContext.InlinePlotly"/> from it.</summary>
public enum PlotlyInlining
{
    /// <summary>The first chart of the session; later charts use the <c>window.Plotly</c> it defined. Right for a
    /// notebook front end (Jupyter classic and Lab, Polyglot Notebooks) and for pages made from its outputs.</summary>
    FirstChart,

    /// <summary>No chart: the page that shows the outputs puts plotly.js in itself (as <c>papernb run</c>'s HTML export
    /// can, with <c>PlotlyHtml.InlineScriptTag()</c> in its head).</summary>
    Never,

    /// <summary>Every chart, so each output stands alone wherever it is copied.</summary>
    EveryChart,
}
