namespace PaperNotebooks.Model;

/// <summary>
/// One paper, with every field its source gives or implies. Equality is compiler-generated: lists compare by their
/// items (<see cref="ValueList{T}"/>), and every field counts. The fields' export names, columns and kinds are
/// declared once, in <see cref="PaperSchema"/>.
/// </summary>
public sealed record Paper
{
    private readonly ValueList<string> _authors = ValueList<string>.Empty;
    private readonly ValueList<string> _affiliations = ValueList<string>.Empty;
    private readonly ValueList<string> _links = ValueList<string>.Empty;

    /// <summary>A readable key, unique in its collection, used as the BibTeX key (<c>tanaka2021automatic</c>).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Authors { get => _authors; init => _authors = ValueList<string>.Of(value); }
    /// <summary>True when the listing cut the author list short with <c>et al.</c>.</summary>
    public bool AuthorsTruncated { get; init; }
    public IReadOnlyList<string> Affiliations { get => _affiliations; init => _affiliations = ValueList<string>.Of(value); }
    /// <summary>The arXiv identifier (<c>cs.CL</c>), or the code as written when it is unknown.</summary>
    public required string Category { get; init; }
    /// <summary>The arXiv name of the category (<c>Computation and Language</c>); null for an unknown code.</summary>
    public string? CategoryName { get; init; }
    public required DateOnly Published { get; init; }
    /// <summary>True when the listing marks the paper with <c>Code</c> or its abstract links to a code host.</summary>
    public bool HasCode { get; init; }
    /// <summary>The first link in the abstract on a code host (GitHub, GitLab, ...), else null.</summary>
    public string? CodeUrl { get; init; }
    public IReadOnlyList<string> Links { get => _links; init => _links = ValueList<string>.Of(value); }
    public required string Abstract { get; init; }

    /// <summary>Where the paper stood in its source, and what the source inferred or scored.</summary>
    public PaperProvenance Provenance { get; init; }

    /// <summary>True when the listing gave no year and it was inferred from the as-of date.</summary>
    public bool YearInferred { get => Provenance.YearInferred; init => Provenance = Provenance with { YearInferred = value }; }
    public double? Score { get => Provenance.Score; init => Provenance = Provenance with { Score = value }; }
    /// <summary>The 1-based line of the paper's meta line in its listing.</summary>
    public int Line { get => Provenance.Line; init => Provenance = Provenance with { Line = value }; }

    public string FirstAuthor => Authors.Count > 0 ? Authors[0] : "";
}
