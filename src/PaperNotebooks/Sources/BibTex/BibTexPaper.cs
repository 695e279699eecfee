using System.Globalization;
using System.Text.RegularExpressions;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.BibTex;

/// <summary>
/// One BibTeX entry as a paper. The date is <c>date</c> (biblatex, <c>2024-03-05</c>, <c>2024-03</c>, <c>2024</c>) or
/// <c>year</c> with <c>month</c>; a year alone is January 1 of that year, a month without a day its first day. The
/// arXiv id comes from <c>eprint</c> (with <c>archivePrefix</c> arXiv or none), <c>arxivid</c>, an arxiv.org <c>url</c>,
/// or Google Scholar's <c>journal = {arXiv preprint arXiv:2401.01234}</c>; the category from <c>primaryClass</c>.
/// </summary>
internal static partial class BibTexPaper
{
    public readonly record struct Problem(string Code, string Message);

    /// <param name="abstracts">Where the abstract is kept as UTF-8, when there is room; else it is a string.</param>
    public static Paper? From(BibTexEntry entry, string source, out Problem problem, Utf8TextBlock? abstracts = null)
    {
        problem = default;
        string title = LatexText.ToUnicode(entry["title"] ?? "");
        if (title.Length == 0)
        {
            problem = new(DiagnosticCodes.BibTexNoTitle, "it has no title");
            return null;
        }
        if (Date(entry) is not { } published)
        {
            problem = entry["year"] is null && entry["date"] is null
                ? new(DiagnosticCodes.BibTexNoDate, "it has no year or date")
                : new(DiagnosticCodes.BibTexNoDate, $"its date '{Excerpt.Of(entry["date"] ?? entry["year"], 30)}' is not a year or an ISO date");
            return null;
        }

        var (authors, truncated) = BibTexNames.Split(entry["author"] ?? entry["editor"] ?? "");
        string? arxivId = ArxivId(entry);
        string? primary = entry["primaryclass"] is { } raw ? raw.Trim() : null;
        string category = primary is null ? "" : ArxivCategories.Resolve(primary) ?? primary;
        string? categoryName = ArxivCategories.FindById(category)?.Name;
        var (abstractText, links) = Abstract(entry, abstracts);
        string? codeUrl = LinkExtractor.FirstCodeUrl(links);
        string? url = Plain(entry["url"]);
        string? venue = Venue(entry);

        return new Paper
        {
            Id = PaperKey.Create(authors.Count > 0 ? authors[0] : "", published.Year, title),
            Title = title,
            Authors = authors,
            AuthorsTruncated = truncated,
            Category = category,
            CategoryName = categoryName,
            Categories = category.Length == 0 ? [] : [category],
            Published = published,
            HasCode = codeUrl is not null,
            CodeUrl = codeUrl,
            Links = links,
            StoredAbstract = abstractText,
            ArxivId = arxivId,
            Doi = PaperIdentifiers.Doi(entry["doi"]),
            Url = url ?? (arxivId is null ? null : $"https://arxiv.org/abs/{arxivId}"),
            Venue = venue,
            Line = entry.Line,
            Source = source,
        };
    }

    /// <summary>The abstract, decoded from LaTeX, and the links in it.</summary>
    private static (StoredText Text, IReadOnlyList<string> Links) Abstract(BibTexEntry entry, Utf8TextBlock? abstracts)
    {
        string text = LatexText.ToUnicode(entry["abstract"] ?? "");
        if (text.Length == 0) return (StoredText.Empty, []);
        int most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = most > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(most) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[1024];
            utf8 = utf8[..System.Text.Encoding.UTF8.GetBytes(text, utf8)];
            var links = LinkExtractor.Extract(utf8);
            return (abstracts is not null && abstracts.TryAppend(utf8, out int row) ? new StoredText(abstracts, row) : new StoredText(text), links);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string? Plain(string? raw) => raw is null ? null : LatexText.ToUnicode(raw) is { Length: > 0 } text ? text : null;

    private static string? Venue(BibTexEntry entry)
    {
        string? venue = Plain(entry["journal"]) ?? Plain(entry["journaltitle"]) ?? Plain(entry["booktitle"]);
        // Google Scholar and arXiv write the preprint server as a journal; it is not a venue.
        return venue is not null && ArxivJournal().IsMatch(venue) ? null : venue;
    }

    private static string? ArxivId(BibTexEntry entry)
    {
        string? prefix = entry["archiveprefix"] ?? entry["eprinttype"];
        if (entry["eprint"] is { } eprint && (prefix is null || prefix.Trim().Equals("arxiv", StringComparison.OrdinalIgnoreCase))
            && PaperIdentifiers.ArxivId(eprint) is { } fromEprint)
            return fromEprint;
        if (PaperIdentifiers.ArxivId(entry["arxivid"]) is { } fromField) return fromField;
        if (entry["url"] is { } url && url.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase)
            && PaperIdentifiers.ArxivId(url) is { } fromUrl)
            return fromUrl;
        if ((entry["journal"] ?? entry["note"]) is { } journal && ArxivJournal().Match(journal) is { Success: true } match)
            return PaperIdentifiers.ArxivId(match.Groups["id"].Value);
        if (PaperIdentifiers.Doi(entry["doi"]) is { } doi && doi.StartsWith("10.48550/arxiv.", StringComparison.Ordinal))
            return PaperIdentifiers.ArxivId(doi["10.48550/arxiv.".Length..]);
        return null;
    }

    private static DateOnly? Date(BibTexEntry entry)
    {
        if (entry["date"] is { } date)
        {
            var parts = date.Trim().Split('/')[0].Split('-');
            if (parts.Length is >= 1 and <= 3 && Number(parts[0], 1, 9999) is { } y)
            {
                int m = parts.Length > 1 ? Number(parts[1], 1, 12) ?? 0 : 1;
                int d = parts.Length > 2 ? Number(parts[2], 1, DateTime.DaysInMonth(y, Math.Max(m, 1))) ?? 0 : 1;
                if (m > 0 && d > 0) return new DateOnly(y, m, d);
            }
            return null;
        }
        if (entry["year"] is not { } yearText) return null;
        var year = YearPattern().Match(yearText);
        if (!year.Success || Number(year.Value, 1, 9999) is not { } yearNumber) return null;
        int month = BibTexMonths.Parse(entry["month"]) ?? 1;
        int day = Number(entry["day"], 1, DateTime.DaysInMonth(yearNumber, month)) ?? 1;
        return new DateOnly(yearNumber, month, day);
    }

    private static int? Number(string? text, int min, int max) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max ? n : null;

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\s*arXiv(\s+preprint)?(\s+arXiv:\s*(?<id>\S+))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivJournal();
}
