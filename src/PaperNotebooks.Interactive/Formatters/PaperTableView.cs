using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Model;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Papers as a table of id, title, first authors, date, category and code: one page, and the total.</summary>
internal static class PaperTableView
{
    private const int FirstAuthors = 3;

    public static IHtmlContent Html(PaperTable papers)
    {
        var header = HtmlNode.Of("tr", Th("id"), Th("title"), Th("authors"), Th("date"), Th("category"), Th("code"));
        var rows = papers.Page.Select(Row).ToList();
        return HtmlNode.Of("div",
                HtmlNode.Of("div", papers.Caption).Style(HtmlStyles.Muted),
                TableOr("No papers match.", header, rows),
                HtmlNode.Of("div", Footer(papers)).Style(HtmlStyles.Small))
            .Attr("class", "paper-table");
    }



    private static IHtmlContent Row(Paper paper)
    {
        object codeCell = !paper.HasCode
            ? ""
            : PaperText.SafeUrl(paper.CodeUrl) is { } url
                ? HtmlNode.Of("a", "code").Attr("href", url).Attr("target", "_blank").Attr("rel", "noopener noreferrer")
                : "yes";
        return HtmlNode.Of("tr",
            Td(HtmlNode.Of("code", paper.Id)),
            Td(paper.Title),
            Td(PaperText.Authors(paper, FirstAuthors)),
            HtmlNode.Of("td", PaperText.Date(paper) + (paper.YearInferred ? "*" : "")).Style(HtmlStyles.Cell + ";white-space:nowrap")
                .Attr("title", paper.YearInferred ? PaperText.InferredNote : ""),
            Td(paper.Category).Attr("title", PaperText.CategoryTitle(paper)),
            Td(codeCell));
    }

    /// <summary>"Showing 25 of 1,234 papers (of 5,000 in papers)." or "3 papers."</summary>
    public static string Footer(PaperTable table)
    {
        int total = table.Rows.Count;
        string of = table.Of is { } all && all != total ? $" (of {PaperText.Count(all)})" : "";
        if (total > table.Page.Count)
        {
            return $"Showing the first {PaperText.Count(table.Page.Count)} of {PaperText.Plural(total, "paper", "papers")}{of}. " +
                   "Narrow with --top, --year, --category or --author, or use the C# variable for the rest.";
        }
        return $"{PaperText.Plural(total, "paper", "papers")}{of}.";
    }

    public static string Text(PaperTable table)
    {
        var text = new StringBuilder();
        text.AppendLine(table.Caption);
        if (table.Page.Count > 0)
        {
            int idWidth = Math.Min(30, Math.Max(2, table.Page.Max(p => p.Id.Length)));
            text.AppendLine($"{"id".PadRight(idWidth)}  {"title",-50}  {"authors",-36}  {"date",-11}  {"category",-9}  code");
            foreach (var paper in table.Page)
            {
                text.Append(PaperText.Cut(paper.Id, idWidth).PadRight(idWidth)).Append("  ")
                    .Append(PaperText.Cut(paper.Title, 50).PadRight(50)).Append("  ")
                    .Append(PaperText.Cut(PaperText.Authors(paper, FirstAuthors), 36).PadRight(36)).Append("  ")
                    .Append((PaperText.Date(paper) + (paper.YearInferred ? "*" : "")).PadRight(11)).Append("  ")
                    .Append(paper.Category.PadRight(9)).Append("  ")
                    .AppendLine(paper.HasCode ? "yes" : "");
            }
        }
        text.Append(Footer(table));
        return text.ToString();
    }
}
