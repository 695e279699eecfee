using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Tests;

public sealed class AfterReadTests
{
    [Theory]
    [InlineData(300L << 20, 400L << 20, true)]       // 200,000 papers: much garbage, a small heap
    [InlineData(2L << 30, 1300L << 20, false)]       // a million: the collection would block for seconds
    [InlineData(4L << 20, 200L << 20, false)]        // the seed: nothing worth giving back
    [InlineData(AfterRead.WorthFrom, AfterRead.CompactBelow - 1, true)]
    [InlineData(AfterRead.WorthFrom - 1, 100L << 20, false)]
    [InlineData(AfterRead.WorthFrom, AfterRead.CompactBelow, false)]
    public void A_read_is_followed_by_a_compacting_collection_only_when_it_made_much_garbage_and_left_a_small_heap(long allocated, long heap, bool compacts) =>
        Assert.Equal(compacts, AfterRead.ShouldCompact(allocated, heap));

    [Fact]
    public void A_read_that_allocates_much_and_keeps_little_is_followed_by_a_full_collection_and_returns_its_result()
    {
        // Garbage this size sets off background collections of its own; the one after the read blocks and compacts.
        long blockingBefore = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;
        // The heap after the read is given as a kernel's would be: the test process's own also holds whatever the tests
        // running beside this one keep (a load of hundreds of thousands of papers), which can pass the limit.
        var kept = AfterRead.Read(() =>
        {
            // Garbage past the threshold, as a read leaves; a small result kept.
            for (int i = 0; i < 160; i++) GC.KeepAlive(new byte[1 << 20]);
            return "kept";
        }, heapBytes: () => 200L << 20);

        Assert.Equal("kept", kept);
        var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(after.Index > blockingBefore);
        Assert.True(after.Compacted);
    }
}
