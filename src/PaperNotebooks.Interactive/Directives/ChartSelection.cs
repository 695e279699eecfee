using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Model;
using PaperNotebooks.Charts.Figures;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// The papers a chart subcommand draws: the collection, filtered (a view of the same set, not a copy). When filters or <c>--from</c> were given, the charts
/// say which under their title, so that a chart copied or exported on its own still tells what it counts.
/// </summary>
internal sealed record ChartSelection(PaperCollection Papers, string? Caption)
{
    public static async Task<ChartSelection> ResolveAsync(PaperFilterCommand command, PaperSession session, KernelInvocationContext context)
    {
        var (name, papers) = await session.ResolveAsync(command.From, context);
        var query = FilterArguments.From(command, papers);
        string filters = query.Describe();
        if (filters.Length == 0 && string.IsNullOrWhiteSpace(command.From)) return new ChartSelection(papers, null);

        var matches = filters.Length == 0 ? papers : query.Matches(papers);
        return new ChartSelection(matches, $"{name}{(filters.Length > 0 ? ": " + filters : "")} — {PaperText.Plural(matches.Count, "paper", "papers")}");
    }

    /// <summary>Shows the figure as drawn: its HTML, text and image are rendered from it, not from an XPlot.Plotly chart
    /// made of it, which each view would serialise and parse back (three times a cell, with reflection over XPlot's
    /// types the first time).</summary>
    public void Display(ChartFigure figure, KernelInvocationContext context)
    {
        var shown = Caption is null ? figure : figure.WithTitle(Subtitled(figure.Title, Caption));
        // With static images the output's bundle carries the PNG beside the HTML: front ends that do not trust the
        // notebook's HTML show it. Only when an image can be drawn, so no output ever holds an empty image.
        if (PaperKernelExtension.SessionOf(context)?.Options.WantsStaticImages == true && ChartImages.Available)
            context.Display(shown, HtmlMime, ChartImages.PngMimeType, PlainMime);
        else
            context.Display(shown);
    }

    private const string HtmlMime = "text/html", PlainMime = "text/plain";

    /// <summary>The caption as a second title line, or added to the one the chart has (<c>of 83 authors</c>).</summary>
    private static string Subtitled(string title, string caption)
    {
        // Plotly reads tags and entities in titles: the caption (which may hold a typed author name) stays text.
        string text = caption.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        int end = title.LastIndexOf("</sub>", StringComparison.Ordinal);
        return end >= 0 ? $"{title[..end]}; {text}{title[end..]}" : $"{title}<br><sub>{text}</sub>";
    }
}
