using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(100_000)]
    public void A_chunked_list_gives_back_what_was_added_in_order(int count)
    {
        var list = new ChunkedList<long>();
        for (int i = 0; i < count; i++) list.Add(3L * i);
        Assert.Equal(count, list.Count);
        var read = new List<long>();
        foreach (long item in list) read.Add(item);
        Assert.Equal(Enumerable.Range(0, count).Select(i => 3L * i), read);
        Assert.Equal(read, list.AsEnumerable());
        var byChunk = new List<long>();
        for (int c = 0; c < list.ChunkCount; c++) byChunk.AddRange(list.ChunkAt(c).ToArray());
        Assert.Equal(read, byChunk);
    }

    [Fact]
    public void No_array_of_a_long_list_is_large_enough_for_the_large_object_heap()
    {
        var list = new ChunkedList<(object, object, double, int)>();
        for (int i = 0; i < 300_000; i++) list.Add((list, null!, i, i));
        Assert.True(list.Chunks.Count > 100);
        // An array of 85,000 bytes or more goes to the large object heap (and there is born in generation 2).
        Assert.All(list.Chunks, chunk => Assert.True(chunk.Length * 32 < 85_000, $"a chunk of {chunk.Length} items"));
        Assert.Equal(299_999d, list.Last().Item3);
    }

    [Fact]
    public void A_cleared_chunked_list_is_empty_and_can_be_filled_again()
    {
        var list = new ChunkedList<string>();
        for (int i = 0; i < 20_000; i++) list.Add(i.ToString());
        list.Clear();
        Assert.Equal(0, list.Count);
        Assert.Empty(list.AsEnumerable());
        list.Add("again");
        Assert.Equal(["again"], list.AsEnumerable());
    }
}
