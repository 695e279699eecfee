namespace PaperNotebooks.Sources;

/// <summary>How much of each paper a sink reads: a source may skip the work of what is not read.</summary>
internal enum PaperDetail
{
    /// <summary>Every field.</summary>
    Full,
    /// <summary>
    /// What statistics count (dates, categories, authors, code); ids, titles and abstracts may be left empty, and a
    /// part's papers may come out of source order (a listing's ambiguous papers come after the others).
    /// </summary>
    Counts,
}
