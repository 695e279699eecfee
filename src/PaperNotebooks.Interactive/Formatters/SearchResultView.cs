using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Search;
using PaperNotebooks.Text;

using static PaperNotebooks.Interactive.Formatters.TableCells;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>A search as a ranked table (rank, score, id, highlighted title, first authors, date, category), each hit
/// with the highlighted passage that shows why it matched; a failed search as its error and pointer.</summary>
internal static class SearchResultView
{
    private const int FirstAuthors = 3;

    public static IHtmlContent Html(SearchResult result)
    {
        if (result.Error is { } error)
        {
            return HtmlNode.Of("div", HtmlNode.Of("div", error.ToString()).Style(HtmlStyles.Error), HtmlNode.Of("pre", error.Pointer))
                .Attr("class", "paper-search");
        }
        var header = HtmlNode.Of("tr", Th("#"), Th("score"), Th("id"), Th("title"), Th("authors"), Th("date"), Th("category"));
        var rows = result.Hits.SelectMany(Rows).ToList();
        return HtmlNode.Of("div", HtmlNode.Of("div", Heading(result)).Style(HtmlStyles.Muted), TableOr("No papers match.", header, rows))
            .Attr("class", "paper-search");
    }



    private static IEnumerable<IHtmlContent> Rows(SearchHit hit, int index)
    {
        var paper = hit.Paper;
        yield return HtmlNode.Of("tr",
            Td(Rank(index)),
            Td(Score(hit.Score)),
            Td(HtmlNode.Of("code", paper.Id)),
            Td(HighlightView.Html(hit.Title), HtmlStyles.Cell + ";font-weight:600"),
            Td(Authors(hit)),
            Td(PaperText.Date(paper), HtmlStyles.Cell + ";white-space:nowrap"),
            Td(paper.Category).Attr("title", PaperText.CategoryTitle(paper)));
        if (hit.Snippet.Text.Length > 0)
        {
            yield return HtmlNode.Of("tr", Td(""), Td(HighlightView.Html(hit.Snippet), HtmlStyles.Cell + ";" + HtmlStyles.Small).Attr("colspan", "6"));
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
        var parts = HtmlNode.Of("span", HighlightView.Html(cut));
        if (more) parts.With(" et al.");
        if (hidden.Count > 0)
        {
            string named = string.Join(", ", hidden);
            parts.With(HtmlNode.Of("span", " (", HighlightView.Html(new HighlightedText(named, [new TextRange(0, named.Length)])), ")").Style(HtmlStyles.Small));
        }
        return parts;
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
