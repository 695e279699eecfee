using System.Diagnostics;
using PaperNotebooks.Analytics;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>Each loaded set owns what is derived from it: built once, shared with C#, let go when a reload replaces it.</summary>
public sealed class LoadedPapersTests
{
    [Fact]
    public async Task The_index_built_after_load_is_the_one_CSharp_searches_and_a_reload_disposes_it()
    {
        using var kernel = new PaperKernel();
        await kernel.RunAsync("#!paper load --name mine");
        var session = PaperKernelExtension.SessionOf(kernel.Kernel)!;
        var first = session.Find("mine")!;
        var index = first.Papers.SearchIndex();

        var result = await kernel.RunAsync("mine.SearchIndex()");
        Assert.Same(index, PaperKernel.ReturnValue<PaperSearchIndex>(result));

        await kernel.RunAsync("#!paper load --name mine");
        Assert.NotSame(first, session.Find("mine"));
        // The old set lets its index go once the background build is over; its papers still search, on a new index.
        var clock = Stopwatch.StartNew();
        while (ReferenceEquals(first.Papers.SearchIndex(), index) && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        Assert.NotSame(index, first.Papers.SearchIndex());
        Assert.True(first.Papers.Search("training").Succeeded);
    }

    [Fact]
    public async Task The_index_after_a_load_is_built_on_threads_of_its_own_leaving_the_thread_pool_to_the_kernel()
    {
        using var kernel = new PaperKernel();
        await kernel.RunAsync("#!paper load");
        var loaded = PaperKernelExtension.SessionOf(kernel.Kernel)!.Find("papers")!;

        // A pool thread held for the build left a Jupyter kernel's next cell waiting for a thread until it ended.
        Assert.True(loaded.Indexing.CreationOptions.HasFlag(TaskCreationOptions.LongRunning));
        await loaded.Indexing;
        Assert.True(loaded.Papers.Search("training").Succeeded);
    }

    [Fact]
    public async Task Stats_of_a_loaded_set_are_its_load_summary_with_the_top_authors_and_are_computed_once()
    {
        using var kernel = new PaperKernel();
        await kernel.RunAsync("#!paper load");
        var loaded = PaperKernelExtension.SessionOf(kernel.Kernel)!.Find("papers")!;
        Assert.Empty(loaded.Summary.TopAuthors);

        var result = await kernel.RunAsync("#!paper stats");

        var shown = Assert.IsType<ListingStatistics>(result.Events.OfType<Microsoft.DotNet.Interactive.Events.DisplayedValueProduced>().Single().Value);
        Assert.Same(loaded.Statistics, shown);
        Assert.Same(loaded.Summary.PerYear, shown.PerYear);
        Assert.Same(loaded.Summary.PerCategory, shown.PerCategory);
        Assert.Equal(ListingStatistics.Compute(loaded.Papers.ToList()).TopAuthors, shown.TopAuthors);
        Assert.NotEmpty(shown.TopAuthors);
    }
}
