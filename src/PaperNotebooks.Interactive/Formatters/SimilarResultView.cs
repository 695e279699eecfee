using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Search;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>One paper and the papers most like it, each with its score and the terms the two share.</summary>
internal static class SimilarResultView
{
    private const int FirstAuthors = 3;

    public static IHtmlContent Html(SimilarResult result)
    {
        if (result.Error is { } error)
            return HtmlNode.Of("div", HtmlNode.Of("div", error.ToString()).Style(HtmlStyles.Error)).Attr("class", "paper-similar");
        var paper = result.Paper!;
        var header = Header("#", "score", "id", "title", "authors", "date", "shared terms");
        var rows = result.Similar.Select((s, i) => (IHtmlContent)RankedPaper(i, Score(s.Score), s.Paper, FirstAuthors)
            .With(Td(string.Join(", ", s.SharedTerms), HtmlStyles.Cell + ";" + HtmlStyles.Small))).ToList();
        return HtmlNode.Of("div",
                HtmlNode.Of("div", "Papers like ", HtmlNode.Of("code", paper.Id), " ", HtmlNode.Of("strong", paper.Title)).Style(HtmlStyles.Muted),
                HtmlNode.Of("div", "by its terms: " + string.Join(", ", result.Terms)).Style(HtmlStyles.Small),
                TableOr("No paper is like it.", header, rows))
            .Attr("class", "paper-similar");
    }

    private static string Score(float score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Text(SimilarResult result)
    {
        if (result.Error is { } error) return error.ToString();
        var paper = result.Paper!;
        var text = new StringBuilder()
            .AppendLine($"Papers like {paper.Id}: {paper.Title}")
            .AppendLine("by its terms: " + string.Join(", ", result.Terms));
        if (result.Similar.Count == 0) return text.Append("No paper is like it.").ToString();
        int idWidth = Math.Min(30, Math.Max(2, result.Similar.Max(s => s.Paper.Id.Length)));
        for (int i = 0; i < result.Similar.Count; i++)
        {
            var s = result.Similar[i];
            text.Append($"{i + 1,3}  {Score(s.Score),6}  ")
                .Append(PaperText.Cut(s.Paper.Id, idWidth).PadRight(idWidth)).Append("  ")
                .Append(PaperText.Cut(s.Paper.Title, 50).PadRight(50)).Append("  shared: ")
                .AppendLine(string.Join(", ", s.SharedTerms));
        }
        return text.ToString().TrimEnd();
    }
}
