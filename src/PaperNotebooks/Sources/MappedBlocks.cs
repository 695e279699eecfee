namespace PaperNotebooks.Sources;

/// <summary>
/// Blocks of bytes in memory (a mapped file, or bytes in hand): all bounds found first, line ends counted on all
/// cores, then the blocks parsed on all cores, each block's pages of a mapped file given back once it is parsed
/// (<see cref="MappedPages"/>).
/// </summary>
internal sealed unsafe class MappedBlocks(byte* data, long length) : SourceBlocks(data, length)
{
    public override BlockRun Run<TBoundary>(long start, int blockSize, TBoundary boundary, ParallelOptions parallel,
        Action<int> begin, BlockCut cut, BlockParse parse)
    {
        var bounds = BlockScanner.Bounds(Data, Length, start, blockSize, boundary, parallel.CancellationToken);
        int blocks = bounds.Count - 1;
        for (int k = 0; k < blocks; k++)
        {
            if (bounds[k + 1] - bounds[k] > int.MaxValue) return new BlockRun(0, StoppedAtLongStretch: true);
        }

        begin(blocks);
        var firstLines = BlockScanner.FirstLines(Data, bounds, parallel);
        for (int k = 0; k < blocks; k++) cut(k, bounds[k], bounds[k + 1]);
        Parallel.For(0, blocks, parallel, k =>
        {
            parse(k, BlockScanner.Block(Data, bounds, k), firstLines[k], last: k == blocks - 1);
            BlockScanner.Release(Data, bounds, k);
        });
        return new BlockRun(blocks, StoppedAtLongStretch: false);
    }
}
