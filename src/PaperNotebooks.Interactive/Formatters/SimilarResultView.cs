using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Search;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>One paper and the papers most like it, each with its score and the terms the two share.</summary>
internal static class SimilarResultView
{
    private const int FirstAuthors = 3;

    public static PocketView Html(SimilarResult result)
    {
        if (result.Error is { } error) return div[@class: "paper-similar"](div[style: HtmlStyles.Error](error.ToString()));
        var paper = result.Paper!;
        var header = tr(
            th[style: HtmlStyles.Cell]("#"), th[style: HtmlStyles.Cell]("score"), th[style: HtmlStyles.Cell]("id"),
            th[style: HtmlStyles.Cell]("title"), th[style: HtmlStyles.Cell]("authors"), th[style: HtmlStyles.Cell]("date"),
            th[style: HtmlStyles.Cell]("shared terms"));
        var rows = result.Similar.Select((s, i) => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell]((i + 1).ToString(CultureInfo.InvariantCulture)),
            td[style: HtmlStyles.Cell](Score(s.Score)),
            td[style: HtmlStyles.Cell](code(s.Paper.Id)),
            td[style: HtmlStyles.Cell](s.Paper.Title),
            td[style: HtmlStyles.Cell](PaperText.Authors(s.Paper, FirstAuthors)),
            td[style: HtmlStyles.Cell + ";white-space:nowrap"](PaperText.Date(s.Paper)),
            td[style: HtmlStyles.Cell + ";" + HtmlStyles.Small](string.Join(", ", s.SharedTerms)))).ToList();
        IHtmlContent body = rows.Count == 0 ? div(em("No paper is like it.")) : table[style: HtmlStyles.Table](thead(header), tbody(rows));
        return div[@class: "paper-similar"](
            div[style: HtmlStyles.Muted]("Papers like ", code(paper.Id), " ", strong(paper.Title)),
            div[style: HtmlStyles.Small]("by its terms: " + string.Join(", ", result.Terms)),
            body);
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
