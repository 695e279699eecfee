using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>A title/author line taken apart.</summary>
/// <param name="Authors">Empty when no author list could be found; the whole line is then the title.</param>
/// <param name="Alternative">When another boundary was nearly as likely: that reading, for evidence from the rest of the file.</param>
/// <param name="Margin">How much more likely the reading was than the next one (a difference of scores).</param>
internal sealed record TitleAuthorLine(
    string Title,
    IReadOnlyList<string> Authors,
    bool AuthorsTruncated,
    IReadOnlyList<string> Affiliations,
    TitleAuthorLine? Alternative = null,
    double Margin = double.PositiveInfinity)
{
    /// <summary>The first author of the other reading, when there is one.</summary>
    /// <summary>True when no boundary read as the start of a list of names and the authors are kept as the line has them.</summary>
    public bool AuthorsAsWritten { get; init; }

    /// <summary>True when the reading has a shape that real mistakes leave (<see cref="BoundaryDoubt"/>), whatever its margin.</summary>
    public bool InDoubt { get; init; }

    /// <summary>Where the title ends in the line: the title is the line's text before it, even when not made a string.</summary>
    public int TitleEnd { get; init; }

    /// <summary>The title's last word as written, kept for a reading that the rest of the file may settle ("Parti5" or "Parti5Kit").</summary>
    public string? LastTitleWord { get; init; }

    public string? OtherReading => Alternative is { Authors.Count: > 0 } other ? other.Authors[0] : null;
}
