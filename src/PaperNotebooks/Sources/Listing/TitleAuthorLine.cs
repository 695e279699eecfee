using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>A title/author line taken apart.</summary>
/// <param name="Authors">Empty when no author list could be found; the whole line is then the title.</param>
/// <param name="OtherReading">When another split was nearly as likely: the first author it would give.</param>
internal sealed record TitleAuthorLine(
    string Title,
    IReadOnlyList<string> Authors,
    bool AuthorsTruncated,
    IReadOnlyList<string> Affiliations,
    string? OtherReading);
