using PaperNotebooks.Model;
using PaperNotebooks.Topics;
using XPlot.Plotly;

namespace PaperNotebooks.Charts;

/// <summary>
/// The charts of <see cref="PaperFigures"/> as XPlot.Plotly charts: <c>papers.TimelineChart()</c>,
/// <c>papers.TopicsChart()</c>, ... Render a chart with <see cref="PlotlyHtml"/>.
/// </summary>
public static class PaperCharts
{
    /// <inheritdoc cref="PaperFigures.TimelineFigure"/>
    public static PlotlyChart TimelineChart(this IEnumerable<Paper> papers, TimelineOptions? options = null) =>
        papers.TimelineFigure(options).ToPlotlyChart();

    /// <inheritdoc cref="PaperFigures.TopicsFigure"/>
    public static PlotlyChart TopicsChart(this IEnumerable<Paper> papers, TopicChartKind kind = TopicChartKind.Bar) =>
        papers.TopicsFigure(kind).ToPlotlyChart();

    /// <inheritdoc cref="PaperFigures.TopicYearFigure"/>
    public static PlotlyChart TopicYearHeatmap(this IEnumerable<Paper> papers) => papers.TopicYearFigure().ToPlotlyChart();

    /// <inheritdoc cref="PaperFigures.KeyPhraseYearFigure(PaperCollection, int)"/>
    public static PlotlyChart KeyPhraseYearHeatmap(this PaperCollection papers, int top = 20) =>
        papers.KeyPhraseYearFigure(top).ToPlotlyChart();

    /// <inheritdoc cref="PaperFigures.KeyPhraseYearFigure(PhraseYearTable)"/>
    public static PlotlyChart KeyPhraseYearHeatmap(this PhraseYearTable table) => table.KeyPhraseYearFigure().ToPlotlyChart();

    /// <inheritdoc cref="PaperFigures.AuthorsFigure"/>
    public static PlotlyChart AuthorsChart(this IEnumerable<Paper> papers, int top = 20) => papers.AuthorsFigure(top).ToPlotlyChart();

    /// <inheritdoc cref="PaperFigures.CoauthorNetworkFigure"/>
    public static PlotlyChart CoauthorNetworkChart(this IEnumerable<Paper> papers, int top = 30) =>
        papers.CoauthorNetworkFigure(top).ToPlotlyChart();

    /// <summary>A topic model's papers on a 2-D map, coloured by topic, the title on hover.</summary>
    public static PlotlyChart TopicMapChart(this TopicModel model) => model.TopicMapFigure().ToPlotlyChart();

    /// <summary>Topics over time: papers per topic and year as a heatmap.</summary>
    public static PlotlyChart TopicTimeHeatmap(this TopicModel model) => model.TopicTimeFigure().ToPlotlyChart();
}
