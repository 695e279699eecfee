using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class ScratchListTests
{
    [Fact]
    public void A_scratch_list_keeps_what_is_added_in_order_as_it_grows_past_its_first_capacity()
    {
        using var list = new ScratchList<(int Name, int Row)>(3);
        for (int i = 0; i < 100_000; i++) list.Add((i, -i));
        Assert.Equal(100_000, list.Count);
        var items = list.Span;
        Assert.Equal((0, 0), items[0]);
        Assert.Equal((16, -16), items[16]);
        Assert.Equal((99_999, -99_999), items[^1]);
        Assert.True(items.ToArray().Select(item => item.Name).SequenceEqual(Enumerable.Range(0, 100_000)));
    }

    [Fact]
    public void A_scratch_list_refuses_use_after_it_is_disposed()
    {
        var list = new ScratchList<int>(0);
        Assert.Equal(0, list.Span.Length);
        list.Add(1);
        list.Dispose();
        list.Dispose();
        Assert.Throws<ObjectDisposedException>(() => list.Span.Length);
        Assert.Throws<ObjectDisposedException>(() => list.Add(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScratchList<int>(-1));
    }
}
