using System.IO.MemoryMappedFiles;
using System.Text;
using CsCheck;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

/// <summary>
/// Large files mostly not in the system's cache are read from the disk ahead of the parse (<see cref="StreamedBlocks"/>);
/// these read the same files both ways, in blocks of many sizes, and compare everything the reads give.
/// </summary>
public sealed class StreamedBlocksTests
{
    private static readonly ListingReadOptions Options = TestPapers.Options with { MaxDiagnostics = 1_000_000 };

    [Theory]
    [InlineData(1000)]
    [InlineData(4096)]
    [InlineData(8191)]
    [InlineData(300_000)]
    [InlineData(SourceContext.DefaultBlockSize)]
    public void A_listing_read_from_the_disk_ahead_of_the_parse_gives_the_papers_lines_and_diagnostics_of_the_mapped_read(int blockSize)
    {
        using var folder = new ScratchFolder();
        string path = folder.Write("listing.txt", LargeListing());
        AssertStreamable(path);

        var mapped = Read(path, "listing", blockSize, StreamedBlocks.StreamMode.Never);
        var streamed = Read(path, "listing", blockSize, StreamedBlocks.StreamMode.Always);

        Assert.True(mapped.Papers.Count > 3000, $"{mapped.Papers.Count} papers");
        Assert.True(mapped.Diagnostics.Any(d => d.Code == DiagnosticCodes.IncompleteEntry), string.Join("; ", mapped.Diagnostics.Select(d => d.Code + " " + d.Line)));
        Assert.Contains(mapped.Diagnostics, d => d.Code == DiagnosticCodes.InvalidUtf8);
        Assert.Equal(mapped.Papers.ToList(), streamed.Papers.ToList());
        Assert.Equal(mapped.Papers.Select(p => p.Abstract), streamed.Papers.Select(p => p.Abstract));
        Assert.Equal(mapped.Diagnostics, streamed.Diagnostics);
        Assert.Equal(mapped.Omitted, streamed.Omitted);
    }

    [Theory]
    [InlineData(777)]
    [InlineData(SourceContext.DefaultBlockSize)]
    public void The_arxiv_snapshot_read_from_the_disk_ahead_of_the_parse_gives_the_papers_of_the_mapped_read(int blockSize)
    {
        var lines = Enumerable.Range(1, 5000).Select(i => i % 997 == 0
            ? "{\"id\": \"broken" // one line in a thousand cannot be read
            : $$"""{"id":"2401.{{i:D5}}","submitter":"Jane Doe","title":"Paper {{i}} on\n  sequence parallelism","abstract":"  {{new string('y', i % 1500)}} https://github.com/a/b{{i}}","categories":"cs.CL cs.LG","versions":[{"version":"v1","created":"Tue, 2 Jan 2024 10:00:00 GMT"}],"update_date":"2024-01-03","authors_parsed":[["Doe","Jane",""],["Roe","Rich{{i % 13}}",""]]}""");
        using var folder = new ScratchFolder();
        string path = folder.Write("snapshot.json", string.Join(Environment.NewLine, lines) + "\r\n");
        AssertStreamable(path);

        var mapped = Read(path, "arxiv-snapshot", blockSize, StreamedBlocks.StreamMode.Never);
        var streamed = Read(path, "arxiv-snapshot", blockSize, StreamedBlocks.StreamMode.Always);

        Assert.True(mapped.Papers.Count > 4900);
        Assert.NotEmpty(mapped.Diagnostics);
        Assert.Equal(mapped.Papers.ToList(), streamed.Papers.ToList());
        Assert.Equal(mapped.Diagnostics, streamed.Diagnostics);
    }

    [Fact]
    public void A_large_file_is_streamed_while_it_is_out_of_the_cache_and_read_through_its_mapping_while_it_is_in()
    {
        using var folder = new ScratchFolder();
        string path = folder.Write("listing.txt", LargeListing());
        using var scope = StreamedBlocks.Scope(StreamedBlocks.StreamMode.Auto, from: 0);

        Assert.False(WouldStream(path)); // just written: in the cache
        DropFromCache(path);
        Assert.True(WouldStream(path));
        ReadBack(path);
        Assert.False(WouldStream(path));
    }

    [Fact]
    public void Bytes_read_so_far_find_the_entry_start_the_whole_source_finds_or_ask_for_more()
    {
        var pieces = Gen.OneOf(Gen.Const("CLJan 2, 2024"), Gen.Const("x"), Gen.Const(""), Gen.Const("  CVMar 3, 2023Code  "), Gen.String[0, 90]);
        var lineEnds = Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"));
        Gen.Select(Gen.Select(pieces, lineEnds).Array[1, 30], Gen.Int[1, 400], Gen.Int[0, 400]).Sample((lines, fromAt, readAt) =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l.Item1 + l.Item2)));
            int from = Math.Min(fromAt, bytes.Length);
            var whole = BlockScanner.NextEntryStart(bytes, 0, from, complete: true, new MetaLines());
            Assert.Equal(Mapped(bytes, from), whole);

            int read = Math.Clamp(readAt, from, bytes.Length);
            long part = BlockScanner.NextEntryStart(bytes.AsSpan(0, read), 0, from, complete: read == bytes.Length, new MetaLines());
            Assert.True(part == -1 || part == whole, $"{part} against {whole}");
        }, iter: 3000);
    }

    [Fact]
    public void A_streamed_read_parses_every_block_on_as_many_threads_as_it_has_workers()
    {
        // A thread's first block makes the name pool and the sink part the thread keeps for the read: workers moved
        // from thread to thread made three or four of each for a million papers on two cores.
        using var folder = new ScratchFolder();
        string path = folder.Write("listing.txt", LargeListing());
        using var scope = StreamedBlocks.Scope(StreamedBlocks.StreamMode.Always, from: 0);
        OpenStreamed(path, blocks =>
        {
            Assert.NotNull(blocks);

            // A kernel's thread pool has idle threads to spare: make some, as it would have.
            ThreadPool.GetMinThreads(out int workers, out int completions);
            ThreadPool.SetMinThreads(Math.Max(workers, 8), completions);
            try
            {
                using var started = new Barrier(8);
                Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => started.SignalAndWait(TimeSpan.FromSeconds(5)));
            }
            finally
            {
                ThreadPool.SetMinThreads(workers, completions);
            }

            var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
            int parsed = 0;
            var run = blocks.Run(0, 16 << 10, new MetaLines(), new ParallelOptions { MaxDegreeOfParallelism = 2 },
                begin: _ => { },
                // The disk falls behind now and then, and the workers wait for it; else the parse keeps them busy.
                cut: (k, _, _) => { if (k % 8 == 0) Thread.Sleep(10); },
                parse: (_, _, _, _) =>
                {
                    threads.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1);
                    Interlocked.Increment(ref parsed);
                    var busy = System.Diagnostics.Stopwatch.StartNew();
                    while (busy.ElapsedMilliseconds < 3) Thread.SpinWait(100);
                });

            Assert.True(run.Blocks > 300, $"{run.Blocks} blocks");
            Assert.Equal(run.Blocks, parsed);
            Assert.InRange(threads.Count, 1, 2);
            return true;
        });
    }

    private static ListingParseResult Read(string path, string format, int blockSize, StreamedBlocks.StreamMode mode)
    {
        using var scope = StreamedBlocks.Scope(mode, from: 0);
        return PaperSources.ReadFile(path, Options, format, blockSize);
    }

    /// <summary>The seed many times over (over the 4 MB from which files are mapped), with what a real listing has:
    /// a byte-order mark, CRLF and CR line ends, an entry cut off, a line that is not UTF-8.</summary>
    private static byte[] LargeListing()
    {
        string seed = File.ReadAllText(TestFiles.Seed);
        var text = new MemoryStream();
        text.Write("\uFEFF"u8);
        for (int copy = 0; text.Length < 6 << 20; copy++)
        {
            string part = (copy % 5) switch
            {
                1 => seed.Replace("\n", "\r\n"),
                2 => seed.Replace("\n", "\r"),
                _ => seed,
            };
            text.Write(Encoding.UTF8.GetBytes(part + "\n"));
            if (copy == 7) text.Write("CVJan 2, 2022\nA Title Without AbstractEve Adams\n"u8);
            if (copy == 11) text.Write([.. "CLFeb 3, 2023\nA Title "u8, 0xFF, 0xFE, .. "Broken\n"u8]);
            if (copy % 3 == 0) text.Write("\n\n"u8);
        }
        return text.ToArray();
    }

    private static void AssertStreamable(string path)
    {
        using var scope = StreamedBlocks.Scope(StreamedBlocks.StreamMode.Always, from: 0);
        Assert.True(WouldStream(path), "direct reads are refused where the tests' scratch files are");
    }

    private static bool WouldStream(string path) => OpenStreamed(path, blocks => blocks is not null);

    /// <summary>Maps the file as a read does and gives <paramref name="use"/> its streamed blocks, or null when the
    /// read would go through the mapping.</summary>
    private static unsafe T OpenStreamed<T>(string path, Func<StreamedBlocks?, T> use)
    {
        long length = new FileInfo(path).Length;
        using var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            byte* data = pointer + view.PointerOffset;
            using var registered = MappedPages.Register(data, length);
            using var blocks = StreamedBlocks.TryOpen(path, data, length);
            return use(blocks);
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    /// <summary>Writes the file's pages out and asks the system to drop them from its cache.</summary>
    private static void DropFromCache(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite);
        int descriptor = (int)file.DangerousGetHandle();
        Assert.Equal(0, Sync(descriptor));
        Assert.Equal(0, Advise(descriptor, 0, 0, 4)); // POSIX_FADV_DONTNEED
    }

    /// <summary>Reads the whole file through the system's cache.</summary>
    private static void ReadBack(string path) => File.ReadAllBytes(path);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "fsync")]
    private static extern int Sync(int descriptor);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int Advise(int descriptor, long offset, long length, int advice);

    private static unsafe long Mapped(byte[] bytes, int from)
    {
        if (from >= bytes.Length) return bytes.Length;
        fixed (byte* data = bytes)
        {
            // The bounds' second entry is the first entry start from one block size on.
            var bounds = BlockScanner.Bounds(data, bytes.Length, 0, Math.Max(1, from), new MetaLines(), CancellationToken.None);
            return from == 0 ? 0 : bounds[1];
        }
    }

    private readonly struct MetaLines : IEntryBoundary
    {
        public int MaxLineLength => 66;

        public bool IsEntryStart(ReadOnlySpan<byte> line) => MetaLine.TryMatch(line, out _);
    }
}
