using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Rendering;
using XPlot.Plotly;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// Charts in notebook outputs: a <see cref="ChartFigure"/>, or an XPlot.Plotly chart read into one. The HTML is
/// <see cref="PlotlyHtmlRenderer"/>'s, which draws with <c>window.Plotly</c> and says so visibly when it never appears;
/// the session decides which output carries the embedded plotly.js first (<see cref="FigureRenderContext.InlinePlotly"/>),
/// so charts draw offline in every front end and in exported pages. The text is <see cref="FigureTextRenderer"/>'s
/// one-line description, for front ends and files that keep only text.
/// </summary>
internal static class ChartView
{
    public static string Html(ChartFigure figure, FigureRenderContext context) => PlotlyHtmlRenderer.Instance.Render(figure, context);

    /// <summary><c>Chart: Papers per year, by category (Year 2021–2026)</c>.</summary>
    public static string Text(ChartFigure figure) => FigureTextRenderer.Line(figure);

    /// <inheritdoc cref="Text(ChartFigure)"/>
    public static string Text(PlotlyChart chart) => Text(ChartFigure.From(chart));

    /// <summary>The chart's title as plotly reads it (tags and entities included); "" for none.</summary>
    public static string Title(PlotlyChart chart) => ChartFigure.From(chart).Title;
}
