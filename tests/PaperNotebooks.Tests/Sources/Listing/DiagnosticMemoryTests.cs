using PaperNotebooks.Analytics;
using System.Diagnostics;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>Alone in its collection: allocations are counted for the whole process, so no other test may run meanwhile.</summary>
[CollectionDefinition(nameof(DiagnosticMemoryTests), DisableParallelization = true)]
[Collection(nameof(DiagnosticMemoryTests))]
public sealed class DiagnosticMemoryTests
{
    private static readonly ListingReadOptions Options = SampleListings.Options;

    [Fact]
    public void A_file_of_a_million_meta_lines_reads_in_seconds_and_allocates_for_its_kept_diagnostics_only()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.Write("meta.txt", string.Concat(Enumerable.Repeat("CLJul 4, 2024\n", 1_000_000)));
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();

        var papers = PaperListingReader.ReadFile(path, Options);
        var statistics = ListingStatistics.ReadFile(path, Options);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"reading took {stopwatch.Elapsed.TotalSeconds:N1} s");
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 64 << 20, $"reading allocated {allocated / 1e6:N0} MB");
        Assert.Equal(100, papers.Diagnostics.Count);
        Assert.Equal(999_900, Assert.Single(papers.Omitted).Count);
        Assert.Equal(papers.Diagnostics, statistics.Diagnostics);
        Assert.Equal(papers.Omitted, statistics.Omitted);
    }
}
