using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Merging;
using PaperNotebooks.Model;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The papers merged from copies: the merged paper, why its copies matched, and each copy's file and line.
/// At most <see cref="MostRows"/> rows, so a large merge keeps its output small.</summary>
internal static class DuplicatesView
{
    public const int MostRows = 200;

    private static string Headline(PaperDuplicates duplicates) =>
        duplicates.Count == 0
            ? "No paper was found more than once."
            : $"{PaperText.Plural(duplicates.Count, "paper", "papers")} merged from {PaperText.Plural(duplicates.CopiesMerged + duplicates.Count, "copy", "copies")}";

    private static string Copy(Paper copy) =>
        $"{Path.GetFileName(copy.Source ?? "?")}:{copy.Line.ToString(CultureInfo.InvariantCulture)}";

    public static PocketView Html(PaperDuplicates duplicates)
    {
        var header = tr(
            th[style: HtmlStyles.Cell]("id"), th[style: HtmlStyles.Cell]("title"), th[style: HtmlStyles.Cell]("matched by"),
            th[style: HtmlStyles.Cell]("copies"));
        var rows = duplicates.Take(MostRows).Select(d => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell](d.Merged.Id),
            td[style: HtmlStyles.Cell](PaperText.Cut(d.Merged.Title, 90)),
            td[style: HtmlStyles.Cell](d.MatchedBy),
            td[style: HtmlStyles.Cell](string.Join("; ", d.Copies.Select(Copy))))).ToList();
        var parts = new List<IHtmlContent> { div[style: HtmlStyles.Title](Headline(duplicates)) };
        if (rows.Count > 0) parts.Add(table[style: HtmlStyles.Table](thead(header), tbody(rows)));
        if (duplicates.Count > MostRows) parts.Add(div[style: HtmlStyles.Muted]($"and {PaperText.Count(duplicates.Count - MostRows)} more"));
        return div[@class: "paper-duplicates"](parts);
    }

    public static string Text(PaperDuplicates duplicates)
    {
        var text = new StringBuilder().AppendLine(Headline(duplicates));
        foreach (var d in duplicates.Take(MostRows))
            text.AppendLine($"{d.Merged.Id}  {PaperText.Cut(d.Merged.Title, 60)}  ({d.MatchedBy}: {string.Join("; ", d.Copies.Select(Copy))})");
        if (duplicates.Count > MostRows) text.AppendLine($"and {PaperText.Count(duplicates.Count - MostRows)} more");
        return text.ToString().TrimEnd();
    }
}
