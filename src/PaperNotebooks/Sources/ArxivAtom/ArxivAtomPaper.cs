using System.Globalization;
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
        entry.Id is { } id && ApiError().IsMatch(id) && Collapse(entry.Title) == "Error";

    public static Paper? From(AtomEntry entry, string source, out Problem problem)
    {
        problem = default;
        string id = Collapse(entry.Id);
        string title = Collapse(entry.Title);
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
        if (Date(entry.Published) is not { } published)
        {
            problem = new(DiagnosticCodes.AtomEntrySkipped, entry.Published is null
                ? "it has no published date"
                : $"its published date '{Excerpt.Of(entry.Published.Trim(), 30)}' is not an ISO date");
            return null;
        }

        string? arxivId = PaperIdentifiers.ArxivId(id);
        var authors = entry.Authors.Select(Collapse).Where(a => a.Length > 0).ToList();
        var affiliations = entry.Affiliations.Select(Collapse).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var categories = Categories(entry);
        string category = categories.Count > 0 ? categories[0] : "";
        string abstractText = Collapse(entry.Summary);
        var links = Links(abstractText, Collapse(entry.Comment));
        string? codeUrl = LinkExtractor.FirstCodeUrl(links);
        string? url = Collapse(entry.AlternateUrl) is { Length: > 0 } alternate ? alternate : null;
        string? venue = Collapse(entry.JournalRef) is { Length: > 0 } journal ? journal : null;

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
            Updated = Date(entry.Updated),
            HasCode = codeUrl is not null,
            CodeUrl = codeUrl,
            Links = links,
            Abstract = abstractText,
            ArxivId = arxivId,
            Doi = Doi(entry.Doi),
            Url = url ?? (arxivId is null ? null : $"https://arxiv.org/abs/{arxivId}"),
            Venue = venue,
            Line = entry.Line,
            Source = source,
        };
    }

    /// <summary>Line breaks and runs of white space as one space, none at either end; a no-break space is kept.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsCollapsed(text)) return text;
        var collapsed = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }
            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    private static bool IsCollapsed(string text)
    {
        if (IsSpace(text[0]) || IsSpace(text[^1])) return false;
        for (int i = 1; i < text.Length; i++)
        {
            if (IsSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) return false;
        }
        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) && c != '\u00A0';

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

    /// <summary>The first DOI: arXiv writes several, separated by spaces, when a paper appeared more than once.</summary>
    private static string? Doi(string? text)
    {
        if (text is null) return null;
        foreach (string part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (PaperIdentifiers.Doi(part) is { } doi) return doi;
        }
        return null;
    }

    /// <summary>The day of an RFC 3339 timestamp (<c>2017-06-12T17:57:34Z</c>) or of a bare date, as written.</summary>
    private static DateOnly? Date(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 10 || (trimmed.Length > 10 && trimmed[10] is not ('T' or 't' or ' '))) return null;
        return DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"^\s*https?://(?:www\.|export\.)?arxiv\.org/api/errors(?:#|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiError();

    // arXiv category identifiers: an archive (hep-th, cs), optionally a subject class (cs.LG, cond-mat.str-el).
    [GeneratedRegex(@"^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[A-Za-z]+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();
}
