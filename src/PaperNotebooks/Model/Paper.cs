using PaperNotebooks.Text;

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
    private readonly ValueList<string> _categories = ValueList<string>.Empty;
    private readonly StoredText _abstract = StoredText.Empty;
    private string _id = "";

    /// <summary>A readable key, unique in its collection, used as the BibTeX key (<c>tanaka2021automatic</c>).</summary>
    public required string Id { get => _id; init => _id = value; }

    /// <summary>Gives a paper that no one else has yet (a reader's, before it hands it out) the id that makes it unique
    /// in its collection, instead of a copy with that id: a third of a million papers at 1M share a key with another.</summary>
    internal void RenameUnshared(string id) => _id = id;
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
    /// <summary>The abstract; empty when the source gives none. A listing's abstracts are held as the UTF-8 they were
    /// read as and decoded here, on each read.</summary>
    public string Abstract { get => _abstract.ToString(); init => _abstract = new StoredText(value ?? ""); }

    /// <summary>The abstract as held: readers that keep UTF-8 set it, and the DataFrame wraps a store of them.</summary>
    internal StoredText StoredAbstract { get => _abstract; init => _abstract = value; }

    /// <summary>The arXiv identifier without its version: <c>2401.01234</c> or <c>hep-th/9901001</c>; null when unknown.</summary>
    public string? ArxivId { get; init; }
    /// <summary>The DOI, lower-case, without a <c>https://doi.org/</c> prefix (<c>10.1145/3458817.3476209</c>); null when unknown.</summary>
    public string? Doi { get; init; }
    /// <summary>The paper's own page (its arXiv abstract page, the publisher's page); null when unknown.</summary>
    public string? Url { get; init; }
    /// <summary>The journal or proceedings it appeared in; null when unknown.</summary>
    public string? Venue { get; init; }
    /// <summary>Every category the source gives, primary (<see cref="Category"/>) first; every reader sets it.</summary>
    public IReadOnlyList<string> Categories { get => _categories; init => _categories = ValueList<string>.Of(value); }
    /// <summary>The date of the latest version, where the source gives it; null otherwise.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Where the paper stood in its source, and what the source inferred or scored.</summary>
    public PaperProvenance Provenance { get; init; }

    /// <summary>True when the listing gave no year and it was inferred from the as-of date.</summary>
    public bool YearInferred { get => Provenance.YearInferred; init => Provenance = Provenance with { YearInferred = value }; }
    public double? Score { get => Provenance.Score; init => Provenance = Provenance with { Score = value }; }
    /// <summary>The 1-based line of the paper's meta line in its listing.</summary>
    public int Line { get => Provenance.Line; init => Provenance = Provenance with { Line = value }; }
    /// <summary>The file or query the paper came from; null when unknown.</summary>
    public string? Source { get => Provenance.Source; init => Provenance = Provenance with { Source = value }; }

    public string FirstAuthor => Authors.Count > 0 ? Authors[0] : "";
}
