using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PaperNotebooks.Sources;

/// <summary>
/// A large file that is not all in the system's cache, read from the disk ahead of the parse (Linux,
/// <c>O_DIRECT</c>): one thread reads it in order into a few buffers used again and again, cuts it into blocks at
/// entry starts and counts their lines, and the cores parse the blocks as they come. Read through a mapping instead,
/// each of the file's pages would first take a fresh page of memory for the cache (and the kernel's time to fill it,
/// on the cores that parse): a million papers' 1.85 GB listing cost 1 to 3.7 s more cold than in the cache; read
/// direct, the disk's transfer runs beside the parse and costs the cores next to nothing. A file (nearly) all in the
/// cache is read through the mapping (<see cref="MappedBlocks"/>), and so is any file where direct reads are refused.
/// </summary>
internal sealed unsafe partial class StreamedBlocks : SourceBlocks
{
    /// <summary>From this many bytes a file not in the cache is streamed.</summary>
    public const long StreamFrom = 64L << 20;

    /// <summary>A file with at least this share of its pages in the cache is read through its mapping. Nearly all:
    /// every page missing costs a read through the mapping more than streaming it would (1M, 40% of the listing
    /// evicted: 9.2-10.8 s mapped against 6.7-7.0 streamed; all cached: 6.5-6.6 against 6.6-6.8).</summary>
    public const double CachedFrom = 0.95;

    // Direct reads go to and from whole sectors: buffers, offsets and lengths are multiples of this.
    private const int Align = 4096;

    // Each read asks for at most this much, so that a block's first bytes come while the rest is still on its way.
    private const int ReadSize = 4 << 20;

    // How far past a block's nominal end the reader first looks for the next entry start; doubled while none is seen.
    private const int LookAhead = 256 << 10;

    private readonly SafeFileHandle _file;

    private StreamedBlocks(byte* data, long length, SafeFileHandle file) : base(data, length) => _file = file;

    /// <summary>
    /// Streamed blocks of the file at <paramref name="path"/>, mapped at <paramref name="data"/>, when it should be
    /// streamed and can be: Linux, <see cref="StreamFrom"/> bytes or more, not all in the cache, the mapping is of
    /// this file, and the file system takes direct reads. Else null.
    /// </summary>
    public static StreamedBlocks? TryOpen(string path, byte* data, long length)
    {
        var settings = Setting.Value;
        if (settings.Mode == StreamMode.Never || !OperatingSystem.IsLinux() || DirectFlag() is not { } direct) return null;
        if (length < settings.From || !MappedPages.IsMapped(data, length)) return null;
        if (settings.Mode == StreamMode.Auto && MappedPages.CachedShare(data, length) >= CachedFrom) return null;

        int descriptor = Open(path, ReadOnly | CloseOnExec | direct);
        if (descriptor < 0) return null;
        var file = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            // The same file as the mapping (not one put in its place since), and direct reads work on its file system.
            if (RandomAccess.GetLength(file) != length) return Refused(file);
            using var probe = new Buffer(Align);
            int read = RandomAccess.Read(file, probe.Span, 0);
            return read == Math.Min(Align, length) && probe.Span[..read].SequenceEqual(new ReadOnlySpan<byte>(data, read))
                ? new StreamedBlocks(data, length, file)
                : Refused(file);
        }
        catch (IOException)
        {
            return Refused(file); // EINVAL: no direct reads here
        }
    }

    public override void Dispose() => _file.Dispose();

    private static StreamedBlocks? Refused(SafeFileHandle file)
    {
        file.Dispose();
        return null;
    }

    public override BlockRun Run<TBoundary>(long start, int blockSize, TBoundary boundary, ParallelOptions parallel,
        Action<int> begin, BlockCut cut, BlockParse parse)
    {
        int workers = Workers(parallel);
        begin((int)Math.Max(1, (Length - start + blockSize - 1) / blockSize));

        // Cut blocks wait here for a core; buffers come back here once parsed. Enough buffers that each core has one
        // to parse and one waiting, and the reader one to fill.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(parallel.CancellationToken);
        using var ready = new BlockingCollection<Cut>(boundedCapacity: workers);
        using var free = new BlockingCollection<Buffer>();
        var buffers = new List<Buffer>();
        var run = default(BlockRun);
        var reader = new Task(() =>
        {
            try
            {
                run = Cuts(start, blockSize, boundary, buffers, 2 * workers + 1, free, ready, cut, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // the parse failed or was cancelled: what it throws is what the caller sees
            }
            finally
            {
                ready.CompleteAdding();
            }
        }, TaskCreationOptions.LongRunning);
        reader.Start(TaskScheduler.Default);
        try
        {
            // Each worker takes blocks as they come, on one thread from the first block to the last: Parallel.ForEach
            // over the blocks would move its workers from thread to thread, and a thread's first block makes it the
            // pools and the sink parts a thread keeps (a million papers were read on three or four threads, not two).
            Parallel.For(0, workers, parallel, _ =>
            {
                foreach (var block in ready.GetConsumingEnumerable(stop.Token))
                {
                    parse(block.Index, block.Bytes, block.FirstLine, block.Last);
                    free.Add(block.Buffer);
                }
            });
        }
        finally
        {
            // A failed or cancelled parse stops the reader where it waits; the reader's own failure comes out below.
            stop.Cancel();
            ((IAsyncResult)reader).AsyncWaitHandle.WaitOne();
            foreach (var buffer in buffers) buffer.Dispose();
        }
        if (reader.Exception?.InnerException is { } failed) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        return run;
    }

    /// <summary>The reader: reads the file in order, cuts it into blocks and hands them on, until the end or a stretch
    /// of over 2 GB without an entry start.</summary>
    private BlockRun Cuts<TBoundary>(long start, int blockSize, TBoundary boundary, List<Buffer> buffers, int most,
        BlockingCollection<Buffer> free, BlockingCollection<Cut> ready, BlockCut cut, CancellationToken stop)
        where TBoundary : struct, IEntryBoundary
    {
        Buffer Next()
        {
            if (free.TryTake(out var reused)) return reused;
            if (buffers.Count >= most) return free.Take(stop);
            var made = new Buffer(blockSize + 2 * LookAhead);
            buffers.Add(made);
            return made;
        }

        // The buffer holds the file's bytes from `origin` (a sector's start) to `end` (a sector's end, or the file's).
        var buffer = Next();
        long origin = 0, end = Fill(buffer, 0, 0, Math.Min(Length, start + blockSize + LookAhead));
        int line = 1, index = 0;
        for (long from = start; from < Length; index++)
        {
            // The next entry start from a block size on: looked for in what is read, reading further until it shows.
            long to = Length;
            if (from + blockSize < Length)
            {
                for (long wanted = from + blockSize + LookAhead; ; wanted = Math.Min(Length, from + 2 * (wanted - from)))
                {
                    stop.ThrowIfCancellationRequested();
                    if (wanted - origin > int.MaxValue - 2 * Align) return new BlockRun(index, StoppedAtLongStretch: true); // a buffer holds under 2 GB
                    end = Fill(buffer, origin, end, wanted);
                    to = BlockScanner.NextEntryStart(buffer.Span[..(int)(end - origin)], origin, from + blockSize, end == Length, boundary);
                    if (to >= 0) break;
                    if (end == Length) throw new InvalidOperationException("No line end was found in a complete source.");
                }
            }
            if (to - from > int.MaxValue) return new BlockRun(index, StoppedAtLongStretch: true);

            cut(index, from, to);
            int lines = LineEnds.Count(buffer.Span.Slice((int)(from - origin), (int)(to - from)));
            var block = new Cut(index, buffer, (int)(from - origin), (int)(to - from), line, to == Length);
            line += lines;
            from = to;

            // The bytes read past the block go on into the next buffer, from the sector they start in.
            var next = to < Length ? Next() : null;
            if (next is not null)
            {
                long nextOrigin = to / Align * Align;
                int carried = (int)(end - nextOrigin);
                next.EnsureCapacity(Math.Max(carried, blockSize + 2 * LookAhead));
                buffer.Span.Slice((int)(nextOrigin - origin), carried).CopyTo(next.Span);
                origin = nextOrigin;
            }
            ready.Add(block, stop);
            if (next is null) return new BlockRun(index + 1, StoppedAtLongStretch: false);
            buffer = next;
            end = Fill(buffer, origin, end, Math.Min(Length, from + blockSize + LookAhead));
        }
        return new BlockRun(index, StoppedAtLongStretch: false);
    }

    /// <summary>Reads into <paramref name="buffer"/>, which holds the file from <paramref name="origin"/> to
    /// <paramref name="end"/>, until it holds it up to <paramref name="wanted"/> (or the file's end); grows it when
    /// needed. Returns the new end.</summary>
    private long Fill(Buffer buffer, long origin, long end, long wanted)
    {
        wanted = Math.Min(wanted, Length);
        while (end < wanted)
        {
            long goal = Math.Min((wanted + Align - 1) / Align * Align, end + ReadSize);
            buffer.EnsureCapacity(checked((int)(goal - origin)));
            int read = RandomAccess.Read(_file, buffer.Span.Slice((int)(end - origin), (int)(goal - end)), end);
            if (read <= 0) throw new IOException("The file ended before its length: it changed while it was read.");
            end += read;
            if (end % Align != 0 && end < Length) throw new IOException("A direct read stopped inside a sector.");
        }
        return end;
    }

    private sealed record Cut(int Index, Buffer Buffer, int Offset, int Count, int FirstLine, bool Last)
    {
        public ReadOnlySpan<byte> Bytes => Buffer.Span.Slice(Offset, Count);
    }

    /// <summary>Memory aligned for direct reads, outside the collector's heap, freed when disposed.</summary>
    private sealed class Buffer : IDisposable
    {
        private byte* _pointer;
        private int _capacity;

        public Buffer(int capacity)
        {
            _capacity = RoundUp(capacity);
            _pointer = (byte*)NativeMemory.AlignedAlloc((nuint)_capacity, Align);
        }

        public Span<byte> Span => new(_pointer, _capacity);

        /// <summary>Grows the buffer, keeping its bytes, to hold at least <paramref name="capacity"/> bytes.</summary>
        public void EnsureCapacity(int capacity)
        {
            if (capacity <= _capacity) return;
            int grown = RoundUp((int)Math.Min(int.MaxValue - Align, Math.Max(capacity, 2L * _capacity)));
            _pointer = (byte*)NativeMemory.AlignedRealloc(_pointer, (nuint)grown, Align);
            _capacity = grown;
        }

        private static int RoundUp(int capacity) => (int)(((long)capacity + Align - 1) / Align * Align);

        public void Dispose()
        {
            if (_pointer == null) return;
            NativeMemory.AlignedFree(_pointer);
            _pointer = null;
        }
    }

    public enum StreamMode
    {
        /// <summary>Streams a large file mostly not in the cache.</summary>
        Auto,
        /// <summary>Streams every file from the size on, cached or not (tests).</summary>
        Always,
        Never,
    }

    private static readonly Files.FlowSetting<Settings> Setting = new(new Settings(StreamMode.Auto, StreamFrom));

    private sealed record Settings(StreamMode Mode, long From);

    /// <summary>For tests: until disposed, reads in this flow stream as <paramref name="mode"/> says, from
    /// <paramref name="from"/> bytes.</summary>
    internal static IDisposable Scope(StreamMode mode, long from = StreamFrom) => Setting.Set(new Settings(mode, from));

    private const int ReadOnly = 0;             // O_RDONLY
    private const int CloseOnExec = 0x80000;    // O_CLOEXEC

    /// <summary>O_DIRECT, which differs between architectures; null where it is not known here.</summary>
    private static int? DirectFlag() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);
}
