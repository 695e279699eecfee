using System.Text;
using System.Text.RegularExpressions;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.ArxivAtom;

/// <summary>
/// One arXiv API entry as a paper. The arXiv id is the entry's <c>id</c> without URL and version; the date is the
/// day of <c>published</c> as written (arXiv writes UTC); titles, abstracts, names and journal references have their
/// line breaks and runs of spaces collapsed to one space. Categories are the <c>category</c> terms that are arXiv
/// categories (ACM and MSC classes such as <c>I.2.7</c> or <c>68T50</c> are not), primary first. Links come from the
/// abstract and then the comment, where authors often put their code.
/// </summary>
internal static partial class ArxivAtomPaper
{
    public readonly record struct Problem(string Code, string Message);

    /// <summary>The error entry the API answers a bad query with (<c>http://arxiv.org/api/errors#...</c>).</summary>
    public static bool IsApiError(AtomEntry entry) =>
        entry.Id is { } id && ApiError().IsMatch(id) && Whitespace.Collapse(entry.Title) == "Error";

    public static Paper? From(AtomEntry entry, string source, out Problem problem)
    {
        problem = default;
        string id = Whitespace.Collapse(entry.Id);
        string title = Whitespace.Collapse(entry.Title);
        if (id.Length == 0)
        {
            problem = new(DiagnosticCodes.AtomEntrySkipped, "it has no id");
            return null;
        }
        if (title.Length == 0)
        {
            problem = new(DiagnosticCodes.AtomEntrySkipped, "it has no title");
            return null;
        }
        if (IsoDay.Of(entry.Published) is not { } published)
        {
            problem = new(DiagnosticCodes.AtomEntrySkipped, entry.Published is null
                ? "it has no published date"
                : $"its published date '{Excerpt.Of(entry.Published.Trim(), 30)}' is not an ISO date");
            return null;
        }

        string? arxivId = PaperIdentifiers.ArxivId(id);
        var authors = entry.Authors.Select(Whitespace.Collapse).Where(a => a.Length > 0).ToList();
        var affiliations = entry.Affiliations.Select(Whitespace.Collapse).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var categories = Categories(entry);
        string category = categories.Count > 0 ? categories[0] : "";
        string abstractText = Whitespace.Collapse(entry.Summary);
        var links = Links(abstractText, Whitespace.Collapse(entry.Comment));
        string? codeUrl = LinkExtractor.FirstCodeUrl(links);
        // arXiv's alternate link is the abstract page of one version (http://arxiv.org/abs/2401.01234v1): the paper's
        // page is the one that shows its latest version, as the snapshot and BibTeX readers give it.
        string? url = Whitespace.Collapse(entry.AlternateUrl) is { Length: > 0 } alternate && !(arxivId is not null && IsArxivAbstractPage(alternate))
            ? alternate
            : null;
        string? venue = Whitespace.Collapse(entry.JournalRef) is { Length: > 0 } journal ? journal : null;

        return new Paper
        {
            Id = PaperKey.Create(authors.Count > 0 ? authors[0] : "", published.Year, title),
            Title = title,
            Authors = authors,
            Affiliations = affiliations,
            Category = category,
            CategoryName = ArxivCategories.FindById(category)?.Name,
            Categories = categories,
            Published = published,
            Updated = IsoDay.Of(entry.Updated),
            HasCode = codeUrl is not null,
            CodeUrl = codeUrl,
            Links = links,
            Abstract = abstractText,
            ArxivId = arxivId,
            Doi = PaperIdentifiers.FirstDoi(entry.Doi),
            Url = url ?? (arxivId is null ? null : $"https://arxiv.org/abs/{arxivId}"),
            Venue = venue,
            Line = entry.Line,
            Source = source,
        };
    }

    private static List<string> Categories(AtomEntry entry)
    {
        var categories = new List<string>(entry.Categories.Count + 1);
        if (entry.PrimaryCategory is { } primary) Add(primary);
        foreach (string term in entry.Categories) Add(term);
        return categories;

        void Add(string term)
        {
            term = term.Trim();
            if (!CategoryPattern().IsMatch(term)) return;
            string spelled = ArxivCategories.FindById(term)?.Id ?? term;
            if (!categories.Contains(spelled, StringComparer.OrdinalIgnoreCase)) categories.Add(spelled);
        }
    }

    private static List<string> Links(string abstractText, string comment)
    {
        var links = new List<string>(LinkExtractor.Extract(Encoding.UTF8.GetBytes(abstractText)));
        if (comment.Length > 0)
        {
            foreach (string link in LinkExtractor.Extract(Encoding.UTF8.GetBytes(comment)))
            {
                if (!links.Contains(link, StringComparer.Ordinal)) links.Add(link);
            }
        }
        return links;
    }

    [GeneratedRegex(@"^\s*https?://(?:www\.|export\.)?arxiv\.org/api/errors(?:#|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiError();

    // arXiv category identifiers: an archive (hep-th, cs), optionally a subject class (cs.LG, cond-mat.str-el).
    [GeneratedRegex(@"^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[A-Za-z]+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();

    private static bool IsArxivAbstractPage(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Host.Equals("arxiv.org", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".arxiv.org", StringComparison.OrdinalIgnoreCase))
        && uri.AbsolutePath.StartsWith("/abs/", StringComparison.Ordinal);
}
