using Microsoft.ML.OnnxRuntime;

namespace PaperNotebooks.Embeddings;

/// <summary>
/// Vectors for many texts: those in the cache are read, the others are tokenised (cut to the model's window),
/// sorted by length so that a batch pads little, run in batches of <see cref="BatchSize"/> on all cores, and added
/// to the cache every few batches, so that a cancelled run keeps what it finished. Reports progress after each
/// batch and stops between batches (and inside a long one) when cancelled.
/// </summary>
public sealed class TextEmbedder(SentenceModel model, string? cacheRoot = null, bool useCache = true)
{
    public const int BatchSize = 32;
    private const int PackEvery = 8; // batches per cache pack

    public SentenceModel Model { get; } = model;

    /// <summary>The text of a paper that is embedded: its title, then its abstract.</summary>
    public static string TextOf(string title, string? abstractText) =>
        string.IsNullOrWhiteSpace(abstractText) ? title : title + ". " + abstractText;

    public EmbeddingRun Embed(IReadOnlyList<string> texts, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var vectors = new EmbeddingMatrix(texts.Count, Model.Dimensions);
        var warnings = new List<string>();
        var keys = new UInt128[texts.Count];
        for (int i = 0; i < texts.Count; i++) keys[i] = TextKey.Of(texts[i] ?? "");

        var cache = useCache ? EmbeddingCache.For(Model.CacheKey, cacheRoot) : null;
        var found = cache?.Fill(keys, vectors, warnings) ?? new bool[texts.Count];
        int fromCache = found.Count(f => f);

        // One row per distinct missing text; duplicates copy its vector at the end.
        var first = new Dictionary<UInt128, int>();
        var missing = new List<int>();
        for (int i = 0; i < texts.Count; i++)
            if (!found[i] && first.TryAdd(keys[i], i)) missing.Add(i);
        progress?.Report(new EmbeddingProgress(fromCache, texts.Count, fromCache));

        int done = fromCache;
        var pendingKeys = new List<UInt128>();
        var pendingRows = new List<int>();
        using var runOptions = new RunOptions();
        using var stop = cancellation.Register(() => runOptions.Terminate = true);
        try
        {
            // Tokenised in chunks, so that 200,000 texts never hold 200,000 token rows.
            const int Chunk = BatchSize * 64;
            for (int start = 0; start < missing.Count; start += Chunk)
            {
                var rows = missing.GetRange(start, Math.Min(Chunk, missing.Count - start));
                var tokens = Tokenize(rows, texts, cancellation);
                var order = Enumerable.Range(0, rows.Count).OrderBy(r => tokens.Lengths[r]).ToArray();
                int batchesSincePack = 0;
                for (int b = 0; b < order.Length; b += BatchSize)
                {
                    cancellation.ThrowIfCancellationRequested();
                    int count = Math.Min(BatchSize, order.Length - b);
                    RunBatch(tokens, order.AsSpan(b, count), rows, vectors, runOptions);
                    foreach (int r in order.AsSpan(b, count))
                    {
                        pendingKeys.Add(keys[rows[r]]);
                        pendingRows.Add(rows[r]);
                    }
                    done += count;
                    progress?.Report(new EmbeddingProgress(done, texts.Count, fromCache));
                    if (++batchesSincePack >= PackEvery)
                    {
                        Flush(cache, pendingKeys, pendingRows, vectors, warnings);
                        batchesSincePack = 0;
                    }
                }
            }
        }
        catch (OnnxRuntimeException) when (cancellation.IsCancellationRequested)
        {
            Flush(cache, pendingKeys, pendingRows, vectors, warnings);
            throw new OperationCanceledException(cancellation);
        }
        catch (OperationCanceledException)
        {
            Flush(cache, pendingKeys, pendingRows, vectors, warnings);
            throw;
        }
        Flush(cache, pendingKeys, pendingRows, vectors, warnings);

        for (int i = 0; i < texts.Count; i++)
        {
            if (found[i]) continue;
            int source = first[keys[i]];
            if (source != i) vectors.ReadRow(source).CopyTo(vectors.Row(i));
        }
        progress?.Report(new EmbeddingProgress(texts.Count, texts.Count, fromCache));
        return new EmbeddingRun(vectors, fromCache, missing.Count, warnings);
    }

    private static void Flush(EmbeddingCache? cache, List<UInt128> keys, List<int> rows, EmbeddingMatrix vectors, List<string> warnings)
    {
        if (cache is not null && cache.Add(keys, rows, vectors) is { } problem && !warnings.Contains(problem)) warnings.Add(problem);
        keys.Clear();
        rows.Clear();
    }

    private sealed record TokenRows(long[] Ids, long[] Mask, long[] Types, int[] Lengths, int Width);

    private TokenRows Tokenize(List<int> rows, IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        int width = Model.MaxTokens;
        var ids = new long[rows.Count * width];
        var mask = new long[rows.Count * width];
        var types = new long[rows.Count * width];
        var lengths = new int[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            if ((r & 255) == 0) cancellation.ThrowIfCancellationRequested();
            lengths[r] = Model.Tokenize(Clip(texts[rows[r]] ?? ""), ids.AsSpan(r * width, width), mask.AsSpan(r * width, width), types.AsSpan(r * width, width));
        }
        return new TokenRows(ids, mask, types, lengths, width);
    }

    // The window holds about 200 words; the tokenizer need not read a book to find them.
    private string Clip(string text)
    {
        int limit = Model.MaxTokens * 12;
        return text.Length <= limit ? text : text[..limit];
    }

    private void RunBatch(TokenRows tokens, ReadOnlySpan<int> batch, List<int> rows, EmbeddingMatrix vectors, RunOptions runOptions)
    {
        int length = 1;
        foreach (int r in batch) length = Math.Max(length, tokens.Lengths[r]);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        var types = new long[batch.Length * length];
        for (int i = 0; i < batch.Length; i++)
        {
            int from = batch[i] * tokens.Width;
            Array.Copy(tokens.Ids, from, ids, i * length, length);
            Array.Copy(tokens.Mask, from, mask, i * length, length);
            Array.Copy(tokens.Types, from, types, i * length, length);
        }
        var output = new float[batch.Length * Model.Dimensions];
        Model.Run(ids, mask, types, batch.Length, length, output, runOptions);
        for (int i = 0; i < batch.Length; i++)
            output.AsSpan(i * Model.Dimensions, Model.Dimensions).CopyTo(vectors.Row(rows[batch[i]]));
    }
}
