using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>A paper found by meaning: its cosine similarity to the query (semantic) or its reciprocal-rank-fusion
/// score (hybrid); higher is better.</summary>
public sealed record SemanticHit(Paper Paper, float Score);
