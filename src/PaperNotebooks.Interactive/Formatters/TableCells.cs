using System.Globalization;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The tables of the views: header and data cells in the views' cell style unless told otherwise, a ranked
/// paper's cells, and a table that says so when it has no rows.</summary>
internal static class TableCells
{
    public static HtmlNode Th(string text) => HtmlNode.Of("th", text).Style(HtmlStyles.Cell);

    public static HtmlNode Td(object? content, string style = HtmlStyles.Cell) => HtmlNode.Of("td", content).Style(style);

    /// <summary>A header row of <paramref name="headings"/>.</summary>
    public static HtmlNode Header(params string[] headings) => HtmlNode.Of("tr", headings.Select(h => (object)Th(h)).ToArray());

    /// <summary>The table of <paramref name="rows"/> under <paramref name="header"/>, or <paramref name="none"/> in
    /// italics when there are no rows.</summary>
    public static IHtmlContent TableOr(string none, HtmlNode header, List<IHtmlContent> rows) =>
        rows.Count == 0
            ? HtmlNode.Of("div", HtmlNode.Of("em", none))
            : HtmlNode.Of("table", HtmlNode.Of("thead", header), HtmlNode.Of("tbody", rows)).Style(HtmlStyles.Table);

    /// <summary>A row of a ranked list of papers: rank (from 1), score, id, title, first authors and date.</summary>
    public static HtmlNode RankedPaper(int index, string score, Paper paper, int firstAuthors) =>
        HtmlNode.Of("tr",
            Td((index + 1).ToString(CultureInfo.InvariantCulture)),
            Td(score),
            Td(HtmlNode.Of("code", paper.Id)),
            Td(paper.Title),
            Td(PaperText.Authors(paper, firstAuthors)),
            Td(PaperText.Date(paper), HtmlStyles.Cell + ";white-space:nowrap"));
}
