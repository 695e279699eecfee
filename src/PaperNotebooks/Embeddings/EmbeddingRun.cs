namespace PaperNotebooks.Embeddings;

/// <summary>Vectors for texts (row i for text i), how many came from the cache, and warnings (cache trouble).</summary>
public sealed record EmbeddingRun(EmbeddingMatrix Vectors, int FromCache, int Computed, IReadOnlyList<string> Warnings);
