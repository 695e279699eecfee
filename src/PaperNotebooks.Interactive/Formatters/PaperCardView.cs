using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// A paper as a card: title, authors, date, category, code, score, affiliations, where it appeared and its identifiers
/// (venue, arXiv, DOI, page, updated date, source) when known, folded abstract, id.
/// </summary>
internal static class PaperCardView
{
    public static IHtmlContent Html(Paper paper)
    {
        var facts = HtmlNode.Of("div",
                paper.YearInferred
                    ? HtmlNode.Of("span", PaperText.Date(paper), " ", HtmlNode.Of("em", "(year inferred)")).Attr("title", PaperText.InferredNote)
                    : HtmlNode.Of("span", PaperText.Date(paper)),
                " ",
                HtmlNode.Of("span", paper.Category).Attr("class", "paper-category").Attr("title", PaperText.CategoryTitle(paper)).Style(HtmlStyles.Badge))
            .Style(HtmlStyles.Muted);
        if (paper.HasCode)
        {
            facts.With(" ", PaperText.SafeUrl(paper.CodeUrl) is { } url
                ? HtmlNode.Of("a", "code").Attr("href", url).Attr("target", "_blank").Attr("rel", "noopener noreferrer").Attr("title", url).Style(HtmlStyles.CodeBadge)
                : HtmlNode.Of("span", "code").Style(HtmlStyles.CodeBadge));
        }
        if (paper.Score is { } score)
        {
            facts.With(" ", HtmlNode.Of("span", "score " + score.ToString("0.###", CultureInfo.InvariantCulture)).Attr("title", "score"));
        }

        var card = HtmlNode.Of("div",
                HtmlNode.Of("div", paper.Title).Style(HtmlStyles.Title),
                HtmlNode.Of("div", PaperText.Authors(paper)),
                facts)
            .Attr("class", "paper-card").Style(HtmlStyles.Card);
        if (paper.Affiliations.Count > 0) card.With(HtmlNode.Of("div", string.Join("; ", paper.Affiliations)).Style(HtmlStyles.Muted));
        if (Identifiers(paper) is { Count: > 0 } identifiers)
            card.With(HtmlNode.Of("div", Joined(identifiers.Select(Html))).Attr("class", "paper-identifiers").Style(HtmlStyles.Muted));
        return card.With(
            HtmlNode.Of("details", HtmlNode.Of("summary", "Abstract"), HtmlNode.Of("p", paper.Abstract)),
            HtmlNode.Of("div", "id ", HtmlNode.Of("code", paper.Id)).Style(HtmlStyles.Small));
    }

    public static string Text(Paper paper)
    {
        var text = new StringBuilder();
        text.AppendLine(paper.Title);
        text.AppendLine(PaperText.Authors(paper));
        var facts = new List<string>
        {
            PaperText.Date(paper) + (paper.YearInferred ? " (year inferred)" : ""),
            paper.CategoryName is null ? paper.Category : $"{paper.Category} ({paper.CategoryName})",
        };
        if (paper.HasCode) facts.Add(paper.CodeUrl is null ? "code" : $"code: {paper.CodeUrl}");
        if (paper.Score is { } score) facts.Add("score " + score.ToString("0.###", CultureInfo.InvariantCulture));
        text.AppendLine(string.Join(" · ", facts));
        if (paper.Affiliations.Count > 0) text.AppendLine(string.Join("; ", paper.Affiliations));
        if (Identifiers(paper) is { Count: > 0 } identifiers) text.AppendLine(string.Join(" · ", identifiers.Select(i => i.Text)));
        text.AppendLine(paper.Abstract);
        text.Append("id ").Append(paper.Id);
        return text.ToString();
    }

    /// <summary>One fact of the identifiers line: what it reads, and the page it links to, if any.</summary>
    private readonly record struct Identifier(string Text, string? Link, string? Title = null);

    private static List<Identifier> Identifiers(Paper paper)
    {
        var identifiers = new List<Identifier>();
        if (paper.Venue is { Length: > 0 } venue) identifiers.Add(new(venue, null, "venue"));
        if (paper.ArxivId is { } arxivId) identifiers.Add(new("arXiv:" + arxivId, "https://arxiv.org/abs/" + arxivId));
        if (paper.Doi is { } doi) identifiers.Add(new("doi:" + doi, "https://doi.org/" + doi));
        string? arxivPage = paper.ArxivId is null ? null : "https://arxiv.org/abs/" + paper.ArxivId;
        if (PaperText.SafeUrl(paper.Url) is { } url && url != arxivPage && !url.EndsWith("/" + paper.Doi, StringComparison.OrdinalIgnoreCase))
            identifiers.Add(new("page", url, url));
        if (paper.Updated is { } updated && updated != paper.Published)
            identifiers.Add(new("updated " + updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null));
        if (paper.Source is { Length: > 0 } source) identifiers.Add(new("from " + SourceName(source), null, source));
        return identifiers;
    }

    /// <summary>A file by its name; a query (which has spaces) as written.</summary>
    private static string SourceName(string source) =>
        source.Contains(' ') || Path.GetFileName(source) is not { Length: > 0 } name ? source : name;

    private static IHtmlContent Html(Identifier identifier) =>
        PaperText.SafeUrl(identifier.Link) is { } link
            ? HtmlNode.Of("a", identifier.Text).Attr("href", link).Attr("target", "_blank").Attr("rel", "noopener noreferrer").Attr("title", identifier.Title ?? link)
            : HtmlNode.Of("span", identifier.Text).Attr("title", identifier.Title);

    private static object[] Joined(IEnumerable<IHtmlContent> items)
    {
        var joined = new List<object>();
        foreach (var item in items)
        {
            if (joined.Count > 0) joined.Add(" · ");
            joined.Add(item);
        }
        return [.. joined];
    }
}
