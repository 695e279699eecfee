using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Embedding progress as a line that updates in place (<c>embedding 640 of 2,036 papers…</c>); display
/// updates are thread-safe, so it reports from the thread that embeds.</summary>
internal sealed class EmbeddingProgressLine(Action<string> update) : IProgress<EmbeddingProgress>
{
    public void Report(EmbeddingProgress value)
    {
        if (value.Done < value.Total) update($"embedding {value.Done:N0} of {value.Total:N0} papers ({value.FromCache:N0} from the cache)…");
    }
}
