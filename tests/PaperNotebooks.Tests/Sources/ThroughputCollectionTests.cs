using System.Runtime;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

/// <summary>Alone: the collector's mode is the process's, and other tests read large files.</summary>
[CollectionDefinition(nameof(ThroughputCollectionTests), DisableParallelization = true)]
public sealed class CollectorModeCollection;

[Collection(nameof(ThroughputCollectionTests))]
public sealed class ThroughputCollectionTests
{
    [Fact]
    public void Large_reads_put_the_collector_in_batch_mode_until_the_last_of_them_ends_and_small_ones_leave_it_alone()
    {
        var before = GCSettings.LatencyMode;
        Assert.Equal(GCLatencyMode.Interactive, before); // the test host's default, as a notebook kernel's

        using (ThroughputCollection.For(ThroughputCollection.From - 1)) Assert.Equal(before, GCSettings.LatencyMode);

        var first = ThroughputCollection.For(ThroughputCollection.From);
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        var second = ThroughputCollection.For(2 * ThroughputCollection.From);
        first.Dispose();
        Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        second.Dispose();
        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
