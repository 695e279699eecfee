namespace PaperNotebooks.Model;

/// <summary>One paper of a listing, with every field the listing gives or implies.</summary>
public sealed record Paper
{
    /// <summary>A readable key, unique in its collection, used as the BibTeX key (<c>tanaka2021automatic</c>).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    /// <summary>True when the listing cut the author list short with <c>et al.</c>.</summary>
    public bool AuthorsTruncated { get; init; }
    public IReadOnlyList<string> Affiliations { get; init; } = [];
    /// <summary>The arXiv identifier (<c>cs.CL</c>), or the code as written when it is unknown.</summary>
    public required string Category { get; init; }
    /// <summary>The arXiv name of the category (<c>Computation and Language</c>); null for an unknown code.</summary>
    public string? CategoryName { get; init; }
    public required DateOnly Published { get; init; }
    /// <summary>True when the listing gave no year and it was inferred from the as-of date.</summary>
    public bool YearInferred { get; init; }
    /// <summary>True when the listing marks the paper with <c>Code</c> or its abstract links to a code host.</summary>
    public bool HasCode { get; init; }
    /// <summary>The first link in the abstract on a code host (GitHub, GitLab, ...), else null.</summary>
    public string? CodeUrl { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
    public double? Score { get; init; }
    public required string Abstract { get; init; }
    /// <summary>The 1-based line of the paper's meta line in its listing.</summary>
    public int Line { get; init; }

    public string FirstAuthor => Authors.Count > 0 ? Authors[0] : "";

    public bool Equals(Paper? other) =>
        other is not null
        && Id == other.Id && Title == other.Title
        && Authors.SequenceEqual(other.Authors) && AuthorsTruncated == other.AuthorsTruncated
        && Affiliations.SequenceEqual(other.Affiliations)
        && Category == other.Category && CategoryName == other.CategoryName
        && Published == other.Published && YearInferred == other.YearInferred
        && HasCode == other.HasCode && CodeUrl == other.CodeUrl && Links.SequenceEqual(other.Links)
        && Score == other.Score && Abstract == other.Abstract && Line == other.Line;

    public override int GetHashCode() => HashCode.Combine(Id, Title, Published, Line);
}
