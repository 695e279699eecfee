using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Search;
using PaperNotebooks.Text;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>A search as a ranked table (rank, score, id, highlighted title, first authors, date, category), each hit
/// with the highlighted passage that shows why it matched; a failed search as its error and pointer.</summary>
internal static class SearchResultView
{
    private const int FirstAuthors = 3;

    public static PocketView Html(SearchResult result)
    {
        if (result.Error is { } error)
        {
            return div[@class: "paper-search"](
                div[style: HtmlStyles.Error](error.ToString()),
                pre(error.Pointer));
        }
        var header = tr(
            th[style: HtmlStyles.Cell]("#"), th[style: HtmlStyles.Cell]("score"), th[style: HtmlStyles.Cell]("id"),
            th[style: HtmlStyles.Cell]("title"), th[style: HtmlStyles.Cell]("authors"), th[style: HtmlStyles.Cell]("date"),
            th[style: HtmlStyles.Cell]("category"));
        IHtmlContent body = result.Hits.Count == 0
            ? div(em("No papers match."))
            : table[style: HtmlStyles.Table](thead(header), tbody(result.Hits.SelectMany(Rows).ToList()));
        return div[@class: "paper-search"](div[style: HtmlStyles.Muted](Heading(result)), body);
    }

    private static IEnumerable<IHtmlContent> Rows(SearchHit hit, int index)
    {
        var paper = hit.Paper;
        yield return tr(
            td[style: HtmlStyles.Cell](Rank(index)),
            td[style: HtmlStyles.Cell](Score(hit.Score)),
            td[style: HtmlStyles.Cell](code(paper.Id)),
            td[style: HtmlStyles.Cell + ";font-weight:600"](HighlightView.Html(hit.Title)),
            td[style: HtmlStyles.Cell](Authors(hit)),
            td[style: HtmlStyles.Cell + ";white-space:nowrap"](PaperText.Date(paper)),
            td[style: HtmlStyles.Cell, title: PaperText.CategoryTitle(paper)](paper.Category));
        if (hit.Snippet.Text.Length > 0)
        {
            yield return tr(td[style: HtmlStyles.Cell](""), td[style: HtmlStyles.Cell + ";" + HtmlStyles.Small, colspan: "6"](HighlightView.Html(hit.Snippet)));
        }
    }

    /// <summary>The first authors, highlighted when a matched name is among them, else the one that matched is named.</summary>
    private static IHtmlContent Authors(SearchHit hit)
    {
        var authors = hit.Authors;
        int shown = authors.Text.Length;
        int commas = 0;
        for (int i = 0; i < authors.Text.Length; i++)
        {
            if (authors.Text[i] == ',' && ++commas == FirstAuthors)
            {
                shown = i;
                break;
            }
        }
        var cut = new HighlightedText(authors.Text[..shown], authors.Matches.Where(m => m.End <= shown).ToList());
        bool more = shown < authors.Text.Length || hit.Paper.AuthorsTruncated;
        var hidden = authors.Matches.Where(m => m.End > shown).Select(m => authors.Text.Substring(m.Start, m.Length)).ToList();
        var parts = new List<IHtmlContent> { HighlightView.Html(cut) };
        if (more) parts.Add(" et al.".HtmlEncode());
        if (hidden.Count > 0) parts.Add(span[style: HtmlStyles.Small](" (", HighlightView.Html(new HighlightedText(string.Join(", ", hidden), [new TextRange(0, string.Join(", ", hidden).Length)])), ")"));
        return span(parts);
    }

    /// <summary><c>Search 'deepspeed' — 2 of 2 papers</c>, and how it was answered when the index was not built yet.</summary>
    private static string Heading(SearchResult result) =>
        $"Search '{Excerpt.Of(result.Query)}' — " + (result.Hits.Count < result.TotalHits
            ? $"the best {PaperText.Count(result.Hits.Count)} of {PaperText.Plural(result.TotalHits, "match", "matches")}"
            : PaperText.Plural(result.TotalHits, "match", "matches"))
        + (!result.Scanned ? ""
            : result.ScoresEstimated ? " (read from the papers while the search index is built; scores estimated from a sample, so the order may differ slightly)"
            : " (read from the papers while the search index is built)");

    private static string Rank(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Score(float score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Text(SearchResult result)
    {
        if (result.Error is { } error) return error + "\n" + error.Pointer;
        var text = new StringBuilder().AppendLine(Heading(result));
        if (result.Hits.Count == 0) return text.Append("No papers match.").ToString();
        int idWidth = Math.Min(30, Math.Max(2, result.Hits.Max(h => h.Paper.Id.Length)));
        text.AppendLine($"{"#",3}  {"score",6}  {"id".PadRight(idWidth)}  {"title",-50}  {"authors",-36}  {"date",-10}  category");
        for (int i = 0; i < result.Hits.Count; i++)
        {
            var hit = result.Hits[i];
            text.Append($"{Rank(i),3}  {Score(hit.Score),6}  ")
                .Append(PaperText.Cut(hit.Paper.Id, idWidth).PadRight(idWidth)).Append("  ")
                .Append(PaperText.Cut(hit.Title.Mark(), 50).PadRight(50)).Append("  ")
                .Append(PaperText.Cut(PaperText.Authors(hit.Paper, FirstAuthors), 36).PadRight(36)).Append("  ")
                .Append(PaperText.Date(hit.Paper)).Append("  ")
                .AppendLine(hit.Paper.Category);
            if (hit.Snippet.Text.Length > 0) text.AppendLine("       " + hit.Snippet.Mark());
        }
        return text.ToString().TrimEnd();
    }
}
