namespace PaperNotebooks.Sources.ArxivAtom;

/// <summary>
/// One <c>entry</c> of an arXiv API response as written: text as it stood between the tags, whitespace and all.
/// <see cref="ArxivAtomPaper"/> turns it into a paper. An element given twice keeps its first value: setting a
/// field that has one does nothing, so a reader sets it whenever it meets the element, and always moves past it.
/// </summary>
internal sealed class AtomEntry
{
    /// <summary>The 1-based line of the <c>&lt;entry&gt;</c> tag.</summary>
    public required int Line { get; init; }
    public string? Id { get; set => field ??= value; }
    public string? Title { get; set => field ??= value; }
    public string? Summary { get; set => field ??= value; }
    public string? Published { get; set => field ??= value; }
    public string? Updated { get; set => field ??= value; }
    /// <summary>Each <c>author/name</c>, in order.</summary>
    public List<string> Authors { get; } = [];
    /// <summary>Each <c>author/arxiv:affiliation</c>, in order, repeats included.</summary>
    public List<string> Affiliations { get; } = [];
    /// <summary>The <c>term</c> of each <c>category</c>, in order.</summary>
    public List<string> Categories { get; } = [];
    /// <summary>The <c>term</c> of <c>arxiv:primary_category</c>.</summary>
    public string? PrimaryCategory { get; set => field ??= value; }
    public string? Doi { get; set => field ??= value; }
    public string? JournalRef { get; set => field ??= value; }
    public string? Comment { get; set => field ??= value; }
    /// <summary>The <c>href</c> of the first <c>link</c> whose <c>rel</c> is <c>alternate</c> (Atom's default).</summary>
    public string? AlternateUrl { get; set => field ??= value; }
}
