using PaperNotebooks.Charts.Figures;

namespace PaperNotebooks.Charts.Rendering;

/// <summary>A figure as <see cref="PlotlyHtml.Fragment(ChartFigure, PlotlyHtmlOptions?)"/>, after the embedded plotly.js
/// (<see cref="PlotlyHtml.InlineScriptTag()"/>) when the context asks for it.</summary>
public sealed class PlotlyHtmlRenderer : IFigureRenderer<string>
{
    public static PlotlyHtmlRenderer Instance { get; } = new();

    // Escaping a 4.5 MB bundle is worth doing once per process.
    private static readonly Lazy<string> InlinePlotly = new(PlotlyHtml.InlineScriptTag);

    public string Render(ChartFigure figure, FigureRenderContext context)
    {
        string fragment = PlotlyHtml.Fragment(figure, context.Html);
        return context.InlinePlotly ? InlinePlotly.Value + "\n" + fragment : fragment;
    }
}
