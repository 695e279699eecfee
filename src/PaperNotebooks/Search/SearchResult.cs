using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>What a search gives: the best hits in score order, or an error that says where the query broke.</summary>
public sealed record SearchResult
{
    /// <summary>The query as typed.</summary>
    public required string Query { get; init; }

    /// <summary>The best hits, best first; ties keep listing order. Empty when <see cref="Error"/> is set.</summary>
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>How many papers matched in all, beyond the <see cref="Hits"/> returned.</summary>
    public int TotalHits { get; init; }

    public QueryError? Error { get; init; }

    /// <summary>True when the papers were read to answer, because the search index was still being built: the same
    /// hits, ranked by the same BM25 (see <see cref="ScoresEstimated"/>).</summary>
    public bool Scanned { get; init; }

    /// <summary>True when a scan estimated some of what the scores count (how many papers hold a term, the average
    /// field length) from a sample of a large collection: the ranking may differ slightly from the index's.</summary>
    public bool ScoresEstimated { get; init; }

    public bool Succeeded => Error is null;

    /// <summary>The papers of <see cref="Hits"/> in score order, as a collection to show or query further.</summary>
    public PaperCollection Papers => new(Hits.Select(hit => hit.Paper));

    internal static SearchResult Failed(string query, QueryError error) => new() { Query = query, Error = error };

    public override string ToString() => Error is null ? $"{Hits.Count} of {TotalHits} papers for '{Query}'" : Error.ToString();
}
