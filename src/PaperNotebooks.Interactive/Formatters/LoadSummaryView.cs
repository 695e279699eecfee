using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The report of <c>#!paper load</c>.</summary>
internal static class LoadSummaryView
{
    private const int CategoriesShown = 8;

    public static string Headline(LoadSummary summary) =>
        $"Loaded {PaperText.Plural(summary.Statistics.PaperCount, "paper", "papers")} from " +
        (summary.Files == 1 ? Path.GetFileName(summary.Source) : $"{summary.Files} files") +
        (summary.Variables.Count == 0 ? "." : $" into {string.Join(" and ", summary.Variables)}.");

    /// <summary>How many copies were merged, and where to see them; null when none were.</summary>
    public static string? MergedLine(LoadSummary summary) =>
        summary.Merged == 0 ? null
        : $"{PaperText.Plural(summary.Merged, "copy", "copies")} of papers found in more than one place merged; see " +
          (summary.Variables.Count > 0 ? $"{summary.Name}.Duplicates()" : "Duplicates()") + ".";

    public static string Categories(LoadSummary summary)
    {
        var perCategory = summary.Statistics.PerCategory;
        var shown = perCategory.Take(CategoriesShown).Select(c => $"{(c.Category.Length == 0 ? "no category" : c.Category)} {PaperText.Count(c.Papers)}");
        return string.Join(", ", shown) + (perCategory.Count > CategoriesShown ? $", and {perCategory.Count - CategoriesShown} more" : "");
    }

    public static PocketView Html(LoadSummary summary)
    {
        var parts = new List<IHtmlContent>
        {
            div[style: HtmlStyles.Title](Headline(summary)),
            div[style: HtmlStyles.Small](summary.Source),
            div(StatisticsView.Headline(summary.Statistics)),
        };
        if (MergedLine(summary) is { } merged) parts.Add(div(merged));
        if (summary.Statistics.PerCategory.Count > 0) parts.Add(div[style: HtmlStyles.Muted]("Categories: " + Categories(summary)));
        if (summary.Diagnostics.Count + summary.Omitted.Count > 0) parts.Add(DiagnosticsView.Html(summary.DiagnosticList));
        return div[@class: "paper-load"](parts);
    }

    public static string Text(LoadSummary summary)
    {
        var text = new StringBuilder();
        text.AppendLine(Headline(summary));
        text.AppendLine(summary.Source);
        text.AppendLine(StatisticsView.Headline(summary.Statistics));
        if (MergedLine(summary) is { } merged) text.AppendLine(merged);
        if (summary.Statistics.PerCategory.Count > 0) text.AppendLine("Categories: " + Categories(summary));
        if (summary.Diagnostics.Count + summary.Omitted.Count > 0) text.AppendLine(DiagnosticsView.Text(summary.DiagnosticList));
        return text.ToString().TrimEnd();
    }
}
