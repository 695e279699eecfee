using PaperNotebooks.Filtering;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Tests.Search;

namespace PaperNotebooks.Tests.Filtering;

public sealed class PaperCollectionViewTests
{
    private static readonly PaperCollection Papers = new(SeedPapers.Papers.Take(40));

    [Fact]
    public void A_filtered_collection_holds_the_same_paper_objects_in_the_filter_s_order()
    {
        var view = new PaperFilter { Sort = PaperSortKey.Title }.Apply(Papers.Where(p => p.HasCode));

        Assert.Equal(Papers.Where(p => p.HasCode).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(p => p.Id), view.Select(p => p.Id));
        Assert.All(view, p => Assert.Same(Papers[p.Id], p));
        Assert.Equal(view.Count, view.ToArray().Length);
        Assert.Same(view[0], view.First());
    }

    [Fact]
    public void A_view_finds_by_id_only_the_papers_it_holds()
    {
        var kept = Papers[0];
        var view = Papers.Where(p => p.Id == kept.Id);

        Assert.True(view.TryGetById(kept.Id.ToUpperInvariant(), out var found));
        Assert.Same(kept, found);
        Assert.False(view.TryGetById(Papers[1].Id, out _));
        Assert.Throws<KeyNotFoundException>(() => view[Papers[1].Id]);
    }

    [Fact]
    public void Top_cuts_the_view_and_a_subset_of_a_subset_keeps_the_outer_order()
    {
        var reversed = new PaperFilter { Descending = true, Top = 3 }.Apply(Papers);

        Assert.Equal(Papers.Reverse().Take(3).Select(p => p.Id), reversed.Select(p => p.Id));
        Assert.Equal([Papers[^2].Id], reversed.Subset([1]).Select(p => p.Id));
    }

    [Fact]
    public void Released_derived_state_is_rebuilt_on_next_use()
    {
        var papers = new PaperCollection(Papers);
        var index = papers.SearchIndex();
        Assert.Same(index, papers.SearchIndex());

        papers.ReleaseDerivedState();

        Assert.NotSame(index, papers.SearchIndex());
        Assert.True(papers.Search("training").Succeeded);
    }
}
