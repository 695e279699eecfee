namespace PaperNotebooks.Model;

/// <summary>What the source said about a paper besides its fields: where it stood, and what was inferred or scored. A value, so a paper costs no extra allocation.</summary>
/// <param name="Line">The 1-based line where the paper starts in its source (a listing's meta line).</param>
/// <param name="YearInferred">True when the source gave no year and it was inferred from the as-of date.</param>
/// <param name="Score">A relevance score the source gave, if any.</param>
public readonly record struct PaperProvenance(int Line = 0, bool YearInferred = false, double? Score = null);
