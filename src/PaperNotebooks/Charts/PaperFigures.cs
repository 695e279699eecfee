using PaperNotebooks.Charts.Data;
using PaperNotebooks.Charts.Drawing;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Model;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Charts;

/// <summary>
/// Charts of papers as <see cref="ChartFigure"/>s: <c>papers.TimelineFigure()</c>, <c>papers.TopicsFigure()</c>, ...
/// Each counts first (the records in <see cref="Data"/>, which can be computed on their own) and then draws a
/// bounded number of traces, however many papers there are. Render a figure with a
/// <see cref="Rendering.IFigureRenderer{T}"/>; <see cref="PaperCharts"/> gives the same charts as XPlot.Plotly charts.
/// </summary>
public static class PaperFigures
{
    /// <summary>Papers per year or month, stacked by category or by code; periods without papers show as zero.</summary>
    public static ChartFigure TimelineFigure(this IEnumerable<Paper> papers, TimelineOptions? options = null)
    {
        options ??= TimelineOptions.Default;
        return TimelineDrawing.Draw(TimelineData.Compute(papers, options), options.Stack);
    }

    /// <summary>Papers per category, labelled with the full arXiv names: the largest categories (20 bars, 10 slices
    /// of a pie, 40 tiles of a treemap), then "Other".</summary>
    public static ChartFigure TopicsFigure(this IEnumerable<Paper> papers, TopicChartKind kind = TopicChartKind.Bar)
    {
        int shown = kind switch { TopicChartKind.Pie => 10, TopicChartKind.Treemap => 40, _ => 20 };
        return TopicsDrawing.Draw(TopicData.Compute(papers, shown), kind);
    }

    /// <summary>Papers per category and year: the 15 largest categories, then "Other", every year from first to last.</summary>
    public static ChartFigure TopicYearFigure(this IEnumerable<Paper> papers) =>
        TopicYearDrawing.Draw(TopicYearData.Compute(papers));

    /// <summary>Papers per key phrase and year (trend topics): the <paramref name="top"/> key phrases of the collection,
    /// every year from first to last.</summary>
    public static ChartFigure KeyPhraseYearFigure(this PaperCollection papers, int top = 20) =>
        KeyPhraseYearDrawing.Draw(KeyPhrases.ByYear(papers, top));

    /// <summary>A phrase-by-year table (<see cref="KeyPhrases.ByYear(PaperCollection, IEnumerable{string})"/>) as a heatmap.</summary>
    public static ChartFigure KeyPhraseYearFigure(this PhraseYearTable table) => KeyPhraseYearDrawing.Draw(table);

    /// <summary>The <paramref name="top"/> authors with most papers; names that differ only in case or accents
    /// (<c>Sam Ade Jacobs</c>, <c>Sam Adé Jacobs</c>) are one person, shown with the most common spelling.</summary>
    public static ChartFigure AuthorsFigure(this IEnumerable<Paper> papers, int top = 20) =>
        AuthorsDrawing.Draw(AuthorRanking.Compute(papers, top));

    /// <summary>Who wrote with whom among the <paramref name="top"/> authors: nodes sized by papers, lines by joint
    /// papers, laid out the same way on every run.</summary>
    public static ChartFigure CoauthorNetworkFigure(this IEnumerable<Paper> papers, int top = 30) =>
        NetworkDrawing.Draw(AuthorNetwork.Compute(papers, top));

    /// <summary>A topic model's papers on a 2-D map, coloured by topic, the title on hover.</summary>
    public static ChartFigure TopicMapFigure(this TopicModel model) => TopicMapDrawing.Draw(model);

    /// <summary>Topics over time: papers per topic and year.</summary>
    public static ChartFigure TopicTimeFigure(this TopicModel model) => TopicTimeDrawing.Draw(model);
}
