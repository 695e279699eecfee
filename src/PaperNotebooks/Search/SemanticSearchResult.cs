namespace PaperNotebooks.Search;

/// <summary>Papers found by the meaning of a text (or like a paper), best first, and how: <c>semantic</c> (cosine
/// over sentence vectors) or <c>hybrid</c> (Lucene's ranking and the semantic one fused by reciprocal rank).</summary>
public sealed record SemanticSearchResult(string Query, string Mode, IReadOnlyList<SemanticHit> Hits)
{
    public override string ToString() => $"{Hits.Count} papers for '{Query}' ({Mode})";
}
