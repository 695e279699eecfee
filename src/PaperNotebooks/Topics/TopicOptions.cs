using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Topics;

/// <summary>Options of <see cref="TopicModeling.Build"/>.</summary>
public sealed record TopicOptions
{
    /// <summary>The model; null: semantic when most papers have an abstract, else nmf.</summary>
    public TopicModelKind? Model { get; init; }

    /// <summary>The number of topics; null: chosen from the papers (see <see cref="TopicModel.Notes"/> for how).</summary>
    public int? K { get; init; }

    /// <summary>The same papers, options and seed give the same topics.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The sentence model for semantic topics; null: the packaged all-MiniLM-L6-v2.</summary>
    public SentenceModel? Encoder { get; init; }

    /// <summary>The cache folder's root (embeddings go in <c>embeddings/</c> under it); null: the fetch cache folder.</summary>
    public string? CacheRoot { get; init; }

    /// <summary>False to neither read nor write cached embeddings.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Outliers are papers further from their topic's centre than this many standard deviations of the
    /// topic's similarities below its mean.</summary>
    public double OutlierDeviations { get; init; } = 2.5;
}
