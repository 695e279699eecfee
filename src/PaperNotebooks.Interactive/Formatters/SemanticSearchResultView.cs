using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Search;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Papers found by meaning (or by words and meaning fused): rank, score, id, title, authors, date.</summary>
internal static class SemanticSearchResultView
{
    private const int FirstAuthors = 3;

    public static PocketView Html(SemanticSearchResult result)
    {
        var header = tr(
            th[style: HtmlStyles.Cell]("#"), th[style: HtmlStyles.Cell]("score"), th[style: HtmlStyles.Cell]("id"),
            th[style: HtmlStyles.Cell]("title"), th[style: HtmlStyles.Cell]("authors"), th[style: HtmlStyles.Cell]("date"));
        var rows = result.Hits.Select((h, i) => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell]((i + 1).ToString(CultureInfo.InvariantCulture)),
            td[style: HtmlStyles.Cell](Score(h.Score)),
            td[style: HtmlStyles.Cell](code(h.Paper.Id)),
            td[style: HtmlStyles.Cell](h.Paper.Title),
            td[style: HtmlStyles.Cell](PaperText.Authors(h.Paper, FirstAuthors)),
            td[style: HtmlStyles.Cell + ";white-space:nowrap"](PaperText.Date(h.Paper)))).ToList();
        IHtmlContent body = rows.Count == 0 ? div(em("No papers.")) : table[style: HtmlStyles.Table](thead(header), tbody(rows));
        return div[@class: "paper-semantic"](div[style: HtmlStyles.Muted](Heading(result)), body);
    }

    public static string Text(SemanticSearchResult result)
    {
        var text = new StringBuilder().AppendLine(Heading(result));
        if (result.Hits.Count == 0) return text.Append("No papers.").ToString();
        int idWidth = Math.Min(30, Math.Max(2, result.Hits.Max(h => h.Paper.Id.Length)));
        for (int i = 0; i < result.Hits.Count; i++)
        {
            var h = result.Hits[i];
            text.AppendLine($"{i + 1,3}  {Score(h.Score),6}  {PaperText.Cut(h.Paper.Id, idWidth).PadRight(idWidth)}  {PaperText.Cut(h.Paper.Title, 90)}");
        }
        return text.ToString().TrimEnd();
    }

    private static string Heading(SemanticSearchResult result) =>
        $"{(result.Mode == "hybrid" ? "Hybrid search (words and meaning)" : "Search by meaning")} '{result.Query}' — {PaperText.Plural(result.Hits.Count, "paper", "papers")}";

    private static string Score(float score) => score.ToString("0.000", CultureInfo.InvariantCulture);
}
