using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Merging;
using PaperNotebooks.Model;

using static PaperNotebooks.Interactive.Formatters.TableCells;

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

    public static IHtmlContent Html(PaperDuplicates duplicates)
    {
        var header = Header("id", "title", "matched by", "copies");
        var rows = duplicates.Take(MostRows).Select(d => (IHtmlContent)HtmlNode.Of("tr",
            Td(d.Merged.Id),
            Td(PaperText.Cut(d.Merged.Title, 90)),
            Td(d.MatchedBy),
            Td(string.Join("; ", d.Copies.Select(Copy))))).ToList();
        var html = HtmlNode.Of("div", HtmlNode.Of("div", Headline(duplicates)).Style(HtmlStyles.Title)).Attr("class", "paper-duplicates");
        if (rows.Count > 0) html.With(HtmlNode.Of("table", HtmlNode.Of("thead", header), HtmlNode.Of("tbody", rows)).Style(HtmlStyles.Table));
        if (duplicates.Count > MostRows) html.With(HtmlNode.Of("div", $"and {PaperText.Count(duplicates.Count - MostRows)} more").Style(HtmlStyles.Muted));
        return html;
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
