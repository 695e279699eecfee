using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>A paper like another one, and the terms of the other that it shares, most telling first.</summary>
public sealed record SimilarPaper(Paper Paper, float Score, IReadOnlyList<string> SharedTerms);
