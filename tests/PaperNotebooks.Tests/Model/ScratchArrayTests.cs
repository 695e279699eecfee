using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class ScratchArrayTests
{
    private struct Pair
    {
        public int Papers;
        public long FirstMet;
    }

    [Fact]
    public void A_scratch_array_starts_zeroed_and_keeps_what_is_written_through_its_span_and_indexer()
    {
        using var array = new ScratchArray<Pair>(100_000);
        Assert.Equal(100_000, array.Length);
        Assert.All(array.Span.ToArray(), pair => Assert.Equal(default, pair));
        array.Span[99_999].Papers = 7;
        array[3].FirstMet = long.MaxValue;
        Assert.Equal(7, array[99_999].Papers);
        Assert.Equal(long.MaxValue, array.Span[3].FirstMet);
    }

    [Fact]
    public void A_scratch_array_refuses_reads_outside_it_and_after_it_is_disposed()
    {
        var array = new ScratchArray<int>(4);
        Assert.Throws<IndexOutOfRangeException>(() => array[4]);
        Assert.Throws<IndexOutOfRangeException>(() => array[-1]);
        array.Dispose();
        array.Dispose();
        Assert.Throws<ObjectDisposedException>(() => array.Span.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScratchArray<int>(-1));
        using var empty = new ScratchArray<int>(0);
        Assert.Equal(0, empty.Span.Length);
    }
}
