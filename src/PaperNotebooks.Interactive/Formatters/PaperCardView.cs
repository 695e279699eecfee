using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Model;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>A paper as a card: title, authors, date, category, code, affiliations, score, folded abstract, id.</summary>
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
        text.AppendLine(paper.Abstract);
        text.Append("id ").Append(paper.Id);
        return text.ToString();
    }
}
