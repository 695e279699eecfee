using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Search;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Papers found by meaning (or by words and meaning fused): rank, score, id, title, authors, date.</summary>
internal static class SemanticSearchResultView
{
    private const int FirstAuthors = 3;

    public static IHtmlContent Html(SemanticSearchResult result)
    {
        var header = Header("#", "score", "id", "title", "authors", "date");
        var rows = result.Hits.Select((h, i) => (IHtmlContent)RankedPaper(i, Score(h.Score), h.Paper, FirstAuthors)).ToList();
        return HtmlNode.Of("div", HtmlNode.Of("div", Heading(result)).Style(HtmlStyles.Muted), TableOr("No papers.", header, rows))
            .Attr("class", "paper-semantic");
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
