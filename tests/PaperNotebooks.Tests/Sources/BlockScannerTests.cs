using System.Text;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

public sealed class BlockScannerTests
{
    [Fact]
    public void Json_lines_split_into_blocks_at_line_starts_that_cover_every_byte()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 50).Select(i => $"{{\"id\": \"p{i}\"}}\n")));

        var bounds = Bounds(text, blockSize: 40, default(NewlineBoundary));

        Assert.Equal(0, bounds[0]);
        Assert.Equal(text.Length, bounds[^1]);
        Assert.True(bounds.Count > 10);
        Assert.All(bounds.Skip(1).SkipLast(1), b => Assert.Equal((byte)'\n', text[b - 1]));
        Assert.Equal(bounds.Order(), bounds);
    }

    [Fact]
    public void A_block_of_one_long_line_is_not_split()
    {
        var text = Encoding.UTF8.GetBytes(new string('x', 500) + "\n{}\n");

        Assert.Equal([0L, 501L, text.Length], Bounds(text, blockSize: 40, default(NewlineBoundary)));
    }

    private static unsafe List<long> Bounds<T>(byte[] text, int blockSize, T boundary) where T : struct, IEntryBoundary
    {
        fixed (byte* data = text)
        {
            return BlockScanner.Bounds(data, text.Length, 0, blockSize, boundary, CancellationToken.None);
        }
    }
}
