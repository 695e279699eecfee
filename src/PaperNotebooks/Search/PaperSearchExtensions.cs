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
    /// Builds what searching needs, the quick part first: the index without abstracts, which answers field queries
    /// (<c>ti:</c>, <c>au:</c>, <c>cat:</c>, <c>year:</c>, ...) seconds after a load, then the full index. A notebook
    /// calls it in the background right after loading.
    /// </summary>
    public static void PrepareSearch(this PaperCollection papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        papers.Derived(FieldSearchIndex.Build);
        papers.SearchIndex();
    }

    /// <inheritdoc cref="PaperSearchIndex.Search"/>
    /// <remarks>Until the full index exists, a query that reads no abstract is answered by the index without abstracts,
    /// with the same hits and scores (<see cref="FieldSearchIndex"/>).</remarks>
    public static SearchResult Search(this PaperCollection papers, string query, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.TryGetDerived<PaperSearchIndex>(out var full)) return full.Search(query, top);
        if (FieldSearchIndex.Answers(query))
        {
            if (!papers.TryGetDerived<FieldSearchIndex>(out var fields))
            {
                BackgroundPriority.Hurry();
                fields = papers.Derived(FieldSearchIndex.Build);
            }
            return fields.Index.Search(query, top);
        }
        return papers.SearchIndex().Search(query, top);
    }

    /// <inheritdoc cref="PaperSearchIndex.Similar"/>
    public static SimilarResult Similar(this PaperCollection papers, string id, int top = 10) =>
        papers.SearchIndex().Similar(id, top);
}
