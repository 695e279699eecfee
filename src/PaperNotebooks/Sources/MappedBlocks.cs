namespace PaperNotebooks.Sources;

/// <summary>
/// Blocks of bytes in memory (a mapped file, or bytes in hand): all bounds found first, then the blocks parsed on all
/// cores in file order, each block's pages of a mapped file given back once it is parsed (<see cref="MappedPages"/>).
/// A block's first line is the sum of the line ends before it, each block's counted once, by the worker that takes
/// the next block, while the block itself is being parsed on the other core: its pages are mapped once for both. (All
/// counted before the parse, the pages were mapped, given back and mapped again: 0.3-0.4 s of a 1.85 GB read.)
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
        for (int k = 0; k < blocks; k++) cut(k, bounds[k], bounds[k + 1]);
        var lines = new FirstLines(Data, bounds);
        // Each worker takes the next block in file order (Parallel.For would start its second worker halfway through).
        int next = -1;
        int workers = Math.Min(blocks, Workers(parallel));
        Parallel.For(0, workers, parallel, _ =>
        {
            for (int k = Interlocked.Increment(ref next); k < blocks; k = Interlocked.Increment(ref next))
            {
                parallel.CancellationToken.ThrowIfCancellationRequested();
                parse(k, BlockScanner.Block(Data, bounds, k), lines.Of(k), last: k == blocks - 1);
                BlockScanner.Release(Data, bounds, k);
            }
        });
        return new BlockRun(blocks, StoppedAtLongStretch: false);
    }

    /// <summary>The first line of each block, its line ends counted the first time a later block asks.</summary>
    private sealed class FirstLines(byte* data, List<long> bounds)
    {
        private readonly int[] _lineEnds = Enumerable.Repeat(-1, bounds.Count - 1).ToArray();

        public int Of(int block)
        {
            int line = 1;
            for (int k = 0; k < block; k++)
            {
                int ends = Volatile.Read(ref _lineEnds[k]);
                if (ends < 0) Volatile.Write(ref _lineEnds[k], ends = LineEnds.Count(BlockScanner.Block(data, bounds, k)));
                line += ends;
            }
            return line;
        }
    }
}
