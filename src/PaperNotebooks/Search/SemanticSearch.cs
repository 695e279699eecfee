using System.Runtime.CompilerServices;
using PaperNotebooks.Embeddings;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// Search by meaning: the papers' sentence vectors (title and abstract, all-MiniLM-L6-v2, cached on disk and kept
/// beside the collection once built) against the query's, exact cosine; and hybrid search, which fuses Lucene's
/// ranking with the semantic one by reciprocal rank (each list gives a paper 1 / (60 + rank)).
/// </summary>
public static class SemanticSearch
{
    /// <summary>The rank constant of reciprocal rank fusion (Cormack et al. 2009).</summary>
    public const int FusionConstant = 60;

    private const int FusionDepth = 100;

    private static readonly ConditionalWeakTable<PaperCollection, VectorIndex> Indexes = new();

    /// <summary>The vectors of a collection's papers, built (through the embedding cache) on first use.</summary>
    public static VectorIndex VectorsOf(this PaperCollection papers, SentenceModel model, string? cacheRoot = null,
        IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (Indexes.TryGetValue(papers, out var index) && index.Vectors.Dimensions == model.Dimensions) return index;
        var texts = papers.Select(p => TextEmbedder.TextOf(p.Title, p.Abstract)).ToArray();
        var run = new TextEmbedder(model, cacheRoot).Embed(texts, progress, cancellation);
        index = new VectorIndex(run.Vectors);
        Indexes.AddOrUpdate(papers, index);
        return index;
    }

    /// <summary>The papers closest in meaning to <paramref name="text"/>.</summary>
    public static SemanticSearchResult SearchByMeaning(this PaperCollection papers, string text, SentenceModel model, int top = 20,
        string? cacheRoot = null, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var index = papers.VectorsOf(model, cacheRoot, progress, cancellation);
        var query = new TextEmbedder(model, useCache: false).Embed([text], cancellation: cancellation).Vectors.ReadRow(0);
        var hits = index.Nearest(query, top).Select(h => new SemanticHit(papers[h.Row], h.Score)).ToList();
        return new SemanticSearchResult(text, "semantic", hits);
    }

    /// <summary>The papers closest in meaning to the paper with this id (never the paper itself); null when no paper has it.</summary>
    public static SemanticSearchResult? SimilarByMeaning(this PaperCollection papers, string id, SentenceModel model, int top = 10,
        string? cacheRoot = null, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (!papers.TryGetPosition(id, out int position)) return null;
        var index = papers.VectorsOf(model, cacheRoot, progress, cancellation);
        var hits = index.Nearest(index.Vectors.ReadRow(position), top, exclude: position)
            .Select(h => new SemanticHit(papers[h.Row], h.Score)).ToList();
        return new SemanticSearchResult($"like {papers[position].Id}", "semantic", hits);
    }

    /// <summary>Lucene's ranking of <paramref name="query"/> (the query language) and the semantic ranking of its
    /// text, fused by reciprocal rank. A query the language refuses is that error.</summary>
    public static (SemanticSearchResult? Result, QueryError? Error) SearchHybrid(this PaperCollection papers, string query, SentenceModel model, int top = 20,
        string? cacheRoot = null, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var lexical = papers.Search(query, Math.Min(FusionDepth, PaperSearchIndex.MaxTop));
        if (lexical.Error is { } error) return (null, error);
        var semantic = papers.SearchByMeaning(query, model, FusionDepth, cacheRoot, progress, cancellation);
        var fused = new Dictionary<Paper, double>(ReferenceEqualityComparer.Instance);
        void Add(IEnumerable<Paper> ranked)
        {
            int rank = 0;
            foreach (var paper in ranked) fused[paper] = fused.GetValueOrDefault(paper) + 1.0 / (FusionConstant + ++rank);
        }
        Add(lexical.Hits.Select(h => h.Paper));
        Add(semantic.Hits.Select(h => h.Paper));
        var hits = fused.OrderByDescending(e => e.Value).ThenBy(e => e.Key.Id, StringComparer.Ordinal).Take(top)
            .Select(e => new SemanticHit(e.Key, (float)e.Value)).ToList();
        return (new SemanticSearchResult(query, "hybrid", hits), null);
    }
}
