using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Analytics;
using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Charts.Rendering;
using PaperNotebooks.Sources;
using PaperNotebooks.Merging;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Topics;
using XPlot.Plotly;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Registers the HTML and plain-text views of papers, collections, statistics, diagnostics and charts.</summary>
internal static class PaperFormatters
{
    private static readonly object Gate = new();

    /// <summary>
    /// Registers every view once per process: formatters are global, and registering again would stack copies.
    /// After <c>Formatter.ResetToDefault()</c> they register anew.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            RegisterCharts();
            if (Formatter.RegisteredFormatters(includeDefaults: false).Any(f => f.Type == typeof(Paper))) return;

            Both<Paper>(PaperCardView.Html, PaperCardView.Text);
            Both<PaperCollection>(c => PaperTableView.Html(Table(c)), c => PaperTableView.Text(Table(c)));
            Both<PaperTable>(PaperTableView.Html, PaperTableView.Text);
            Both<ListingStatistics>(StatisticsView.Html, StatisticsView.Text);
            Both<SourceDiagnostic>(d => DiagnosticsView.Html(new DiagnosticList([d], [])), DiagnosticsView.Line);
            Both<DiagnosticList>(DiagnosticsView.Html, DiagnosticsView.Text);
            Both<LoadSummary>(LoadSummaryView.Html, LoadSummaryView.Text);
            Both<PaperDuplicates>(DuplicatesView.Html, DuplicatesView.Text);
            Both<PaperHelp>(HelpView.Html, HelpView.Text);
            Both<ExportedText>(ExportedTextView.Html, ExportedTextView.Text);
            Both<ExtensionBanner>(ExtensionBannerView.Html, ExtensionBannerView.Text);
            Both<SearchResult>(SearchResultView.Html, SearchResultView.Text);
            Both<SimilarResult>(SimilarResultView.Html, SimilarResultView.Text);
            Both<KeyPhraseTable>(KeyPhraseTableView.Html, KeyPhraseTableView.Text);
            Both<TopicModel>(TopicModelView.Html, TopicModelView.Text);
            Both<SemanticSearchResult>(SemanticSearchResultView.Html, SemanticSearchResultView.Text);
            Both<ChartFigure>(figure => Chart(figure), ChartView.Text);
            Formatter.Register<ChartFigure>((figure, writer) => writer.Write(ChartImages.For(figure)?.Base64 ?? ""), ChartImages.PngMimeType);
        }
    }

    /// <summary>
    /// XPlot.Plotly's <see cref="PlotlyChart"/> is not this library's type: when something registered a view of it already
    /// (another copy of this extension, another package), that one stays.
    /// </summary>
    private static void RegisterCharts()
    {
        if (Formatter.RegisteredFormatters(includeDefaults: false).Any(f => f.Type == typeof(PlotlyChart))) return;
        Both<PlotlyChart>(chart => Chart(ChartFigure.From(chart)), ChartView.Text);
        // Asked for only by name (ChartSelection, in sessions with StaticImages): never among the preferred types.
        Formatter.Register<PlotlyChart>((chart, writer) => writer.Write(ChartImages.For(ChartFigure.From(chart))?.Base64 ?? ""), ChartImages.PngMimeType);
    }

    /// <summary>A chart's HTML, with its static image inside when the session asks for one.</summary>
    private static string Chart(ChartFigure figure)
    {
        var session = PaperKernelExtension.SessionOf(KernelInvocationContext.Current);
        string html = ChartView.Html(figure, RenderContext(session));
        return session?.Options.WantsStaticImages == true ? ChartImages.WithImage(html, figure) : html;
    }

    /// <summary>
    /// Formatters are global, the plotly.js a page holds is not: the session of the kernel that is rendering decides.
    /// Outside any kernel with the extension (a chart formatted by hand), nothing tells what the page holds.
    /// </summary>
    private static FigureRenderContext RenderContext(Session.PaperSession? session) =>
        session is not null
            ? new FigureRenderContext { InlinePlotly = session.TakePlotlyInline() }
            : FigureRenderContext.Standalone;

    private static PaperTable Table(PaperCollection papers) =>
        new(PaperText.Plural(papers.Count, "paper", "papers") + (papers.Source is null ? "" : $" from {Path.GetFileName(papers.Source)}"), papers);

    private static void Both<T>(Func<T, IHtmlContent> html, Func<T, string> text) => Both<T>(value => HtmlNode.Render(html(value)), text);

    private static void Both<T>(Func<T, string> html, Func<T, string> text)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
        Formatter.Register<T>((value, writer) => writer.Write(text(value)), PlainTextFormatter.MimeType);
        // Both forms go into every output, so a notebook saved with outputs reads well without HTML too.
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }
}
