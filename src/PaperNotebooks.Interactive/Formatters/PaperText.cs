using System.Globalization;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>How the parts of a paper read, shared by the HTML and plain-text views.</summary>
internal static class PaperText
{
    /// <summary>The authors, cut after <paramref name="max"/>, with <c>et al.</c> when the list is longer or the listing cut it.</summary>
    public static string Authors(Paper paper, int max = int.MaxValue)
    {
        var shown = paper.Authors.Take(max);
        bool more = paper.AuthorsTruncated || paper.Authors.Count > max;
        string list = string.Join(", ", shown);
        return more ? (list.Length == 0 ? "et al." : list + " et al.") : list;
    }

    public static string Date(Paper paper) => paper.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public const string InferredNote = "year inferred from the as-of date";

    /// <summary>The code link, when it is a web address; anything else (say <c>javascript:</c>) is never made a link.</summary>
    public static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Plural(int n, string one, string many) => $"{Count(n)} {(n == 1 ? one : many)}";

    public static string Cut(string text, int width) =>
        text.Length <= width ? text : width <= 1 ? text[..width] : text[..(width - 1)] + "…";

    public static string CategoryTitle(Paper paper) => paper.CategoryName ?? "not a known arXiv category";
}
