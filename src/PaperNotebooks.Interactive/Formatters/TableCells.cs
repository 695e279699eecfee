namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The header and data cells of the views' tables, in the views' cell style unless told otherwise.</summary>
internal static class TableCells
{
    public static HtmlNode Th(string text) => HtmlNode.Of("th", text).Style(HtmlStyles.Cell);

    public static HtmlNode Td(object? content, string style = HtmlStyles.Cell) => HtmlNode.Of("td", content).Style(style);

    /// <summary>A header row of <paramref name="headings"/>.</summary>
    public static HtmlNode Header(params string[] headings) => HtmlNode.Of("tr", headings.Select(h => (object)Th(h)).ToArray());
}
