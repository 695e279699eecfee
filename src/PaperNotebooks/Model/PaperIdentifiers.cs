using System.Text.RegularExpressions;

namespace PaperNotebooks.Model;

/// <summary>
/// The one place arXiv identifiers and DOIs are brought to the form <see cref="Paper"/> keeps, whatever the source
/// wrote: a URL, a prefix, a version suffix, upper case. Every reader and the merging of papers use these.
/// </summary>
public static partial class PaperIdentifiers
{
    /// <summary>
    /// The arXiv identifier without prefix, URL or version (<c>2401.01234</c>, <c>hep-th/9901001</c>); an old-style
    /// identifier written with its subject class (<c>math.GT/0309136</c>) keeps only the archive (<c>math/0309136</c>),
    /// as arXiv does. Null when <paramref name="text"/> holds none.
    /// </summary>
    public static string? ArxivId(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = ArxivIdPattern().Match(text.Trim());
        if (!match.Success) return null;
        if (match.Groups["new"].Success) return match.Groups["new"].Value;
        return match.Groups["archive"].Value.ToLowerInvariant() + "/" + match.Groups["number"].Value;
    }

    /// <summary>
    /// The DOI in lower case without a resolver or <c>doi:</c> prefix (<c>10.1145/3458817.3476209</c>); DOIs are
    /// case-insensitive. Null when <paramref name="text"/> holds none.
    /// </summary>
    public static string? Doi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = DoiPattern().Match(text.Trim());
        return match.Success ? match.Groups["doi"].Value.TrimEnd('.', ',', ';').ToLowerInvariant() : null;
    }

    /// <summary>The first DOI of a field that may hold several separated by spaces (arXiv writes every DOI a paper
    /// appeared under); null when it holds none.</summary>
    internal static string? FirstDoi(string? text)
    {
        if (text is null) return null;
        foreach (string part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Doi(part) is { } doi) return doi;
        }
        return null;
    }

    // New style: YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015 on). Old style: archive[.SC]/YYMMNNN.
    [GeneratedRegex(
        @"^(?:(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/|arxiv:\s*)?" +
        @"(?:(?<new>\d{4}\.\d{4,5})|(?<archive>[a-z]+(?:-[a-z]+)?)(?:\.[a-z]{2})?/(?<number>\d{7}))" +
        @"(?:v\d+)?(?:\.pdf)?/?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivIdPattern();

    [GeneratedRegex(
        @"^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)?(?<doi>10\.\d{4,9}/\S+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
