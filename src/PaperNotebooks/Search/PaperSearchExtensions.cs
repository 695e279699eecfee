using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// Search straight on a collection: <c>papers.Search("au:\"sam ade jacobs\" AND year:2024")</c>. The index is
/// built on first use and kept by the collection (until <see cref="PaperCollection.ReleaseDerivedState"/>).
/// </summary>
public static class PaperSearchExtensions
{
    /// <summary>The search index of the collection, built on first use.</summary>
    public static PaperSearchIndex SearchIndex(this PaperCollection papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.TryGetDerived<PaperSearchIndex>(out var built)) return built;
        BackgroundPriority.Hurry(); // it may be building in the background, at a lower priority
        return papers.Derived(p => p.Derived(FieldSearchIndex.Build).WithAbstracts());
    }

    /// <summary>
    /// Builds what filtering and searching need, the quick parts first: the columns of the year and category filters
    /// (<see cref="PaperColumns"/>), the index without abstracts, which answers field queries
    /// (<c>ti:</c>, <c>au:</c>, <c>cat:</c>, <c>year:</c>, ...) seconds after a load, then the full index. A notebook
    /// calls it in the background right after loading.
    /// </summary>
    public static void PrepareSearch(this PaperCollection papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        // First the columns filters and summaries read (a read makes them itself): a pass over the papers, 0.1 s at 1M.
        papers.Derived<PaperColumns>(PaperColumns.Of);
        papers.Derived(FieldSearchIndex.Build);
        papers.SearchIndex();
    }

    /// <summary>Starts <see cref="PrepareSearch"/> in the background, on threads of its own at a lower priority, and
    /// returns it: a notebook calls it right after a load. A thread-pool thread held for the build would stall a
    /// kernel's next cell (<see cref="BackgroundPriority.Start"/>).</summary>
    public static Task PrepareSearchInBackground(this PaperCollection papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return BackgroundPriority.Start(papers.PrepareSearch);
    }

    /// <summary>From this many papers, a search that would wait for the index (or build it first) reads the papers
    /// instead while the index is built in the background; below, building the index takes about as long as a scan.</summary>
    public const int ScanFrom = 50_000;

    /// <inheritdoc cref="PaperSearchIndex.Search"/>
    /// <remarks>Until the full index exists, a query that reads no abstract is answered by the index without abstracts,
    /// with the same hits and scores (<see cref="FieldSearchIndex"/>). On a large collection whose index is not built
    /// yet, the papers are read instead (<see cref="Scanning.ScanSearch"/>: the same hits, the same ranking within a
    /// hair, <see cref="SearchResult.Scanned"/> set) while the index is built in the background.</remarks>
    public static SearchResult Search(this PaperCollection papers, string query, int top = 20) => Search(papers, query, top, ScanFrom);

    internal static SearchResult Search(PaperCollection papers, string query, int top, int scanFrom)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.TryGetDerived<PaperSearchIndex>(out var full)) return full.Search(query, top);
        bool fieldsAnswer = FieldSearchIndex.Answers(query);
        if (fieldsAnswer && papers.TryGetDerived<FieldSearchIndex>(out var fields)) return fields.Index.Search(query, top);
        if (papers.Count >= scanFrom)
        {
            if (!papers.IsDeriving<FieldSearchIndex>() && !papers.IsDeriving<PaperSearchIndex>()) PrepareInBackground(papers);
            if (Scanning.ScanSearch.TryRun(papers, query, top) is { } scanned) return scanned;
        }
        if (fieldsAnswer)
        {
            BackgroundPriority.Hurry();
            return papers.Derived(FieldSearchIndex.Build).Index.Search(query, top);
        }
        return papers.SearchIndex().Search(query, top);
    }

    /// <summary>Starts <see cref="PrepareSearch"/> on a thread of its own (<see cref="BackgroundPriority.Start"/>), without
    /// the caller's execution context (a notebook cell's must not follow work that outlives it). A build that fails is
    /// forgotten by the collection, and the next search that needs it starts it again, so nothing is lost by not
    /// reporting it here.</summary>
    private static void PrepareInBackground(PaperCollection papers) => _ = BackgroundPriority.Start(() =>
    {
        try
        {
            papers.PrepareSearch();
        }
        catch (Exception)
        {
            // See the summary: the next search builds again.
        }
    });

    /// <inheritdoc cref="PaperSearchIndex.Similar"/>
    public static SimilarResult Similar(this PaperCollection papers, string id, int top = 10) =>
        papers.SearchIndex().Similar(id, top);
}
