using PaperNotebooks.Charts.Figures;

namespace PaperNotebooks.Charts.Rendering;

/// <summary>
/// Turns a <see cref="ChartFigure"/> into one form of output: an HTML fragment (<see cref="PlotlyHtmlRenderer"/>), a line
/// of text (<see cref="FigureTextRenderer"/>), or an image. What the page already holds comes in the context, so a
/// renderer keeps no state between figures.
/// </summary>
public interface IFigureRenderer<out T>
{
    T Render(ChartFigure figure, FigureRenderContext context);
}
