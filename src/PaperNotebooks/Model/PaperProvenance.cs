namespace PaperNotebooks.Model;

/// <summary>What the source said about a paper besides its fields: where it stood, and what was inferred or scored. A value, so a paper costs no extra allocation.</summary>
/// <param name="Line">The 1-based line where the paper starts in its source (a listing's meta line; the line where a JSON, XML or BibTeX record starts).</param>
/// <param name="YearInferred">True when the source gave no year and it was inferred from the as-of date.</param>
/// <param name="Score">A relevance score the source gave, if any.</param>
/// <param name="Source">The file or query the paper came from (<c>seeds/000.txt</c>, <c>arxiv: cat:cs.DC</c>); null when unknown.</param>
public readonly record struct PaperProvenance(int Line = 0, bool YearInferred = false, double? Score = null, string? Source = null);
