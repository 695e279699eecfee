using System.Text;
using Microsoft.AspNetCore.Html;

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

    public static IHtmlContent Html(LoadSummary summary)
    {
        var html = HtmlNode.Of("div",
                HtmlNode.Of("div", Headline(summary)).Style(HtmlStyles.Title),
                HtmlNode.Of("div", summary.Source).Style(HtmlStyles.Small),
                HtmlNode.Of("div", StatisticsView.Headline(summary.Statistics)))
            .Attr("class", "paper-load");
        if (MergedLine(summary) is { } merged) html.With(HtmlNode.Of("div", merged));
        if (summary.Statistics.PerCategory.Count > 0) html.With(HtmlNode.Of("div", "Categories: " + Categories(summary)).Style(HtmlStyles.Muted));
        if (summary.Diagnostics.Count + summary.Omitted.Count > 0) html.With(DiagnosticsView.Html(summary.DiagnosticList));
        return html;
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
