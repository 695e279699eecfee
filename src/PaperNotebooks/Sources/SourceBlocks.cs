namespace PaperNotebooks.Sources;

/// <summary>
/// The bytes of a source that is parsed on all cores, cut into blocks of about a block size that each start at an
/// entry, each with the line it starts on. A mapped file whose pages are (nearly) all in the system's cache is cut and
/// parsed in place (<see cref="MappedBlocks"/>); a large file that is not is read from the disk ahead of the
/// parse, straight into a few buffers used again and again (<see cref="StreamedBlocks"/>), which spares the system a
/// page of its cache for every page of the file. Either way the blocks give exactly what one sequential pass would.
/// </summary>
internal abstract unsafe class SourceBlocks : IDisposable
{
    private readonly byte* _data;

    protected SourceBlocks(byte* data, long length)
    {
        _data = data;
        Length = length;
    }

    /// <summary>The source's length in bytes.</summary>
    public long Length { get; }

    /// <summary>The bytes: for the whole source (<see cref="MappedBlocks"/>), or a mapping only the first bytes of which
    /// are read (<see cref="StreamedBlocks"/>).</summary>
    protected byte* Data => _data;

    /// <summary>Up to <paramref name="most"/> bytes from <paramref name="start"/>: the source's first bytes, for a
    /// byte-order mark or a binary file.</summary>
    public ReadOnlySpan<byte> Head(long start, int most) =>
        start >= Length ? [] : new(_data + start, (int)Math.Min(most, Length - start));

    /// <summary>
    /// The blocks of <paramref name="data"/>, a source <paramref name="length"/> bytes long; <paramref name="path"/> is
    /// the file <paramref name="data"/> maps, or null for bytes in hand.
    /// </summary>
    public static SourceBlocks Of(byte* data, long length, string? path) =>
        (path is not null ? StreamedBlocks.TryOpen(path, data, length) : null) ?? (SourceBlocks)new MappedBlocks(data, length);

    /// <summary>
    /// Cuts the bytes from <paramref name="start"/> on into blocks and parses them on all cores.
    /// <paramref name="begin"/> is told first how many blocks there can be at most (parts beyond the blocks cut stay
    /// empty); <paramref name="cut"/> is told each block's bounds, in file order, on one thread, before it is parsed;
    /// <paramref name="parse"/> reads each block once, on one of <see cref="Workers"/> threads, each worker staying on its
    /// thread from its first block to its last (what a thread's first block makes, a name pool or a sink part, serves
    /// the whole read).
    /// </summary>
    public abstract BlockRun Run<TBoundary>(long start, int blockSize, TBoundary boundary, ParallelOptions parallel,
        Action<int> begin, BlockCut cut, BlockParse parse)
        where TBoundary : struct, IEntryBoundary;

    /// <summary>How many workers parse: the options' degree of parallelism, else one a core.</summary>
    protected static int Workers(ParallelOptions parallel) =>
        parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount;

    /// <summary>Closes what the blocks read from, if anything.</summary>
    public virtual void Dispose()
    {
    }
}

/// <summary>What <see cref="SourceBlocks.Run"/> did: the blocks it cut and parsed, and whether it stopped at a stretch of
/// over 2 GB without an entry start (no block from there on is parsed; a mapped source finds it before parsing any).</summary>
internal readonly record struct BlockRun(int Blocks, bool StoppedAtLongStretch);

/// <summary>Block <paramref name="block"/> is the source's bytes from <paramref name="start"/> to <paramref name="end"/>.</summary>
internal delegate void BlockCut(int block, long start, long end);

/// <summary>Parses block <paramref name="block"/>, which starts on line <paramref name="firstLine"/> (1-based);
/// <paramref name="last"/> when it ends the source. The bytes are valid for the call only.</summary>
internal delegate void BlockParse(int block, ReadOnlySpan<byte> bytes, int firstLine, bool last);
