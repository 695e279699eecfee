using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Model;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Papers as a table of id, title, first authors, date, category and code: one page, and the total.</summary>
internal static class PaperTableView
{
    private const int FirstAuthors = 3;

    public static PocketView Html(PaperTable papers)
    {
        var header = tr(
            th[style: HtmlStyles.Cell]("id"), th[style: HtmlStyles.Cell]("title"), th[style: HtmlStyles.Cell]("authors"),
            th[style: HtmlStyles.Cell]("date"), th[style: HtmlStyles.Cell]("category"), th[style: HtmlStyles.Cell]("code"));
        var rows = papers.Page.Select(Row).ToList();
        IHtmlContent body = rows.Count == 0
            ? div(em("No papers match."))
            : table[style: HtmlStyles.Table](thead(header), tbody(rows));
        return div[@class: "paper-table"](
            div[style: HtmlStyles.Muted](papers.Caption),
            body,
            div[style: HtmlStyles.Small](Footer(papers)));
    }

    private static IHtmlContent Row(Paper paper)
    {
        IHtmlContent codeCell = !paper.HasCode
            ? "".HtmlEncode()
            : PaperText.SafeUrl(paper.CodeUrl) is { } url
                ? a[href: url, target: "_blank", rel: "noopener noreferrer"]("code")
                : "yes".HtmlEncode();
        return tr(
            td[style: HtmlStyles.Cell](code(paper.Id)),
            td[style: HtmlStyles.Cell](paper.Title),
            td[style: HtmlStyles.Cell](PaperText.Authors(paper, FirstAuthors)),
            td[style: HtmlStyles.Cell + ";white-space:nowrap", title: paper.YearInferred ? PaperText.InferredNote : ""](PaperText.Date(paper) + (paper.YearInferred ? "*" : "")),
            td[style: HtmlStyles.Cell, title: PaperText.CategoryTitle(paper)](paper.Category),
            td[style: HtmlStyles.Cell](codeCell));
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
