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
        return papers.Derived(PaperSearchIndex.Build);
    }

    /// <inheritdoc cref="PaperSearchIndex.Search"/>
    public static SearchResult Search(this PaperCollection papers, string query, int top = 20) =>
        papers.SearchIndex().Search(query, top);

    /// <inheritdoc cref="PaperSearchIndex.Similar"/>
    public static SimilarResult Similar(this PaperCollection papers, string id, int top = 10) =>
        papers.SearchIndex().Similar(id, top);
}
