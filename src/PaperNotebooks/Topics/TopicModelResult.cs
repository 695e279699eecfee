namespace PaperNotebooks.Topics;

/// <summary>A topic model, or why none could be made (one line: no papers, one paper, the embedding model missing).</summary>
public sealed record TopicModelResult(TopicModel? Model, string? Problem);
