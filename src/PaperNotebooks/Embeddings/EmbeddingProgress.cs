namespace PaperNotebooks.Embeddings;

/// <summary>How far an embedding run is: texts done of all, and how many of those came from the cache.</summary>
public readonly record struct EmbeddingProgress(int Done, int Total, int FromCache);
