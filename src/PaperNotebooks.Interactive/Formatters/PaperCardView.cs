using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Model;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// A paper as a card: title, authors, date, category, code, score, affiliations, where it appeared and its identifiers
/// (venue, arXiv, DOI, page, updated date, source) when known, folded abstract, id.
/// </summary>
internal static class PaperCardView
{
    public static PocketView Html(Paper paper)
    {
        var facts = new List<IHtmlContent>
        {
            paper.YearInferred
                ? span[title: PaperText.InferredNote](PaperText.Date(paper), " ", em("(year inferred)"))
                : span(PaperText.Date(paper)),
            " ".HtmlEncode(),
            span[@class: "paper-category", title: PaperText.CategoryTitle(paper), style: HtmlStyles.Badge](paper.Category),
        };
        if (paper.HasCode)
        {
            facts.Add(" ".HtmlEncode());
            facts.Add(PaperText.SafeUrl(paper.CodeUrl) is { } url
                ? a[href: url, target: "_blank", rel: "noopener noreferrer", title: url, style: HtmlStyles.CodeBadge]("code")
                : span[style: HtmlStyles.CodeBadge]("code"));
        }
        if (paper.Score is { } score)
        {
            facts.Add(" ".HtmlEncode());
            facts.Add(span[title: "score"]("score " + score.ToString("0.###", CultureInfo.InvariantCulture)));
        }

        var parts = new List<IHtmlContent>
        {
            div[style: HtmlStyles.Title](paper.Title),
            div(PaperText.Authors(paper)),
            div[style: HtmlStyles.Muted](facts),
        };
        if (paper.Affiliations.Count > 0) parts.Add(div[style: HtmlStyles.Muted](string.Join("; ", paper.Affiliations)));
        if (Identifiers(paper) is { Count: > 0 } identifiers)
            parts.Add(div[@class: "paper-identifiers", style: HtmlStyles.Muted](Joined(identifiers.Select(Html))));
        parts.Add(details(summary("Abstract"), p(paper.Abstract)));
        parts.Add(div[style: HtmlStyles.Small]("id ", code(paper.Id)));
        return div[@class: "paper-card", style: HtmlStyles.Card](parts);
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
            ? a[href: link, target: "_blank", rel: "noopener noreferrer", title: identifier.Title ?? link](identifier.Text)
            : identifier.Title is { } title ? span[title: title](identifier.Text) : span(identifier.Text);

    private static List<IHtmlContent> Joined(IEnumerable<IHtmlContent> items)
    {
        var joined = new List<IHtmlContent>();
        foreach (var item in items)
        {
            if (joined.Count > 0) joined.Add(" · ".HtmlEncode());
            joined.Add(item);
        }
        return joined;
    }
}
