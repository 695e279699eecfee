namespace PaperNotebooks.Embeddings;

/// <summary>A loaded model, or why there is none (one line).</summary>
public sealed record SentenceModelLoad(SentenceModel? Model, string? Problem);
