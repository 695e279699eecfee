namespace PaperNotebooks.Topics;

/// <summary>How topics are found: <see cref="Semantic"/> clusters sentence embeddings of title and abstract;
/// <see cref="Nmf"/> factorises the papers' TF-IDF word matrix (fast, lexical, works on titles alone).</summary>
public enum TopicModelKind
{
    Semantic,
    Nmf,
}
