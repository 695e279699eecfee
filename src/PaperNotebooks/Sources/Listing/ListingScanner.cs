using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Text;

namespace PaperNotebooks.Listing;

/// <summary>
/// Splits a listing's bytes into blocks that start at meta lines (<see cref="SourceBlocks"/>) and parses the blocks on all cores.
/// Line numbers stay exact: each block's line ends are counted first, so every block knows its first line.
/// Blocks give exactly what one sequential pass would: an entry open at a block's end is cut off by the entry
/// that starts the next block, and each block keeps at most the cap of diagnostics before they are merged.
/// </summary>
internal static unsafe class ListingScanner
{
    /// <summary>Reads the listing into the sink: part k of the sink receives block k's papers, on the thread that parses it.</summary>
    public static DiagnosticList Scan(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var (source, options, blockSize) = (context.Source, context.Options, context.BlockSize);
        bool fullPapers = sink.Detail == PaperDetail.Full;
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        var cancellation = options.CancellationToken;
        using var bytes = SourceBlocks.Of(data, length, context.Path);
        long start = SourceEncoding.Utf8MarkLength(bytes.Head(0, 3));

        var head = bytes.Head(start, 8192);
        if (head.Contains((byte)0))
        {
            diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.BinaryFile, DiagnosticSeverity.Error, source, 0,
                SourceEncoding.LooksLikeUtf16(head)
                    ? "this looks like UTF-16 text without a byte-order mark; nothing was read (save it as UTF-8, or as UTF-16 with a byte-order mark)"
                    : "this is a binary file, not a text listing; nothing was read"));
            return diagnostics;
        }

        // The title/author lexicon loads while the blocks are found, not while the first block waits for it.
        _ = Task.Run(() => TitleAuthorLexicon.Shared);
        var parallel = context.Parallel();

        var asOf = options.EffectiveAsOf;
        DiagnosticList[] blockDiagnostics = [];
        ListingBlockParser[] parsers = [];
        int[] readers = [];
        Utf8TextBlock?[] abstracts = [];
        var stores = fullPapers ? new Utf8TextStore.ForFile(length) : null;
        using var names = new ThreadLocal<NamePool>(() => new NamePool(NamePool.ExpectedFor(length)), trackAllValues: true);
        try
        {
            var run = bytes.Run(start, blockSize, default(MetaLineBoundary), parallel,
                begin: most =>
                {
                    sink.Begin(most);
                    (blockDiagnostics, parsers, readers, abstracts) = (new DiagnosticList[most], new ListingBlockParser[most], new int[most], new Utf8TextBlock?[most]);
                },
                cut: (k, from, to) => abstracts[k] = stores?.Next(from, to),
                parse: (k, block, firstLine, last) =>
                {
                    blockDiagnostics[k] = new DiagnosticList(options.MaxDiagnostics);
                    parsers[k] = new ListingBlockParser(source, asOf, fullPapers, sink.Part(k), blockDiagnostics[k], cancellation, abstracts[k], names.Value);
                    parsers[k].Parse(block, firstLine, endOfSource: last);
                    abstracts[k]?.Finish();
                    readers[k] = Environment.CurrentManagedThreadId;
                });
            if (run.StoppedAtLongStretch)
            {
                diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, source, 0,
                    "the file has a stretch of over 2 GB without an entry; it is not a listing"));
                if (run.Blocks == 0) return diagnostics;
            }
            (parsers, readers) = (parsers[..run.Blocks], readers[..run.Blocks]);
            SettleAmbiguous(parsers, readers, parallel);
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }

        Utf8TextStore.SealAllInBackground(abstracts);
        foreach (var pool in names.Values) pool.Seal();
        AsOfTooEarly(parsers, source, asOf, diagnostics);
        foreach (var found in blockDiagnostics) if (found is not null) diagnostics.AddRange(found);
        return diagnostics;
    }

    /// <summary>Evidence from the whole file: the authors and title terms read without doubt anywhere settle the ambiguous boundaries.</summary>
    private static void SettleAmbiguous(ListingBlockParser[] parsers, int[] readers, ParallelOptions parallel)
    {
        if (!parsers.Any(p => p.HasAmbiguous)) return;   // then no paper was held back either
        var seen = Seen(parsers, (parser, wanted) => parser.AddWantedAuthors(wanted), parser => parser.SeenAuthors);
        var seenTerms = Seen(parsers, (parser, wanted) => parser.AddWantedTerms(wanted), parser => parser.SeenTerms);
        // A sink's part may be bound to the thread that read it (StatisticsSink keeps one accumulator a thread), so the
        // blocks one thread read are settled by one task, in order; the tasks run at once. A block holds back every
        // paper after its first ambiguous one, so on one thread this pass would put much of the sink's work in series.
        var byReader = Enumerable.Range(0, parsers.Length).Where(k => parsers[k].HasHeld).GroupBy(k => readers[k]).ToArray();
        Parallel.ForEach(byReader, parallel, group =>
        {
            foreach (int k in group) parsers[k].SettleAmbiguous(seen, seenTerms);
        });
    }

    /// <summary>The hashes some parser wants (for a doubtful boundary) that some parser read without doubt.</summary>
    private static HashSet<ulong> Seen(ListingBlockParser[] parsers, Action<ListingBlockParser, HashSet<ulong>> addWanted,
        Func<ListingBlockParser, ChunkedList<ulong>> readWithoutDoubt)
    {
        var wanted = new HashSet<ulong>();
        foreach (var parser in parsers) addWanted(parser, wanted);
        var seen = new HashSet<ulong>();
        if (wanted.Count == 0) return seen;
        // The wanted hashes are a few hundred; the hashes read are millions (every author of a million papers), on one
        // core while the other waits. A bit a wanted hash in a 65,536-bit filter rules nearly all of them out with one
        // test; only those whose bit is set are looked up.
        Span<ulong> filter = stackalloc ulong[FilterWords];
        foreach (ulong hash in wanted)
        {
            int bit = FilterBit(hash);
            filter[bit >> 6] |= 1UL << bit;
        }
        foreach (var parser in parsers)
        {
            var read = readWithoutDoubt(parser);
            for (int c = 0; c < read.ChunkCount; c++)
            {
                foreach (ulong hash in read.ChunkAt(c))
                {
                    int bit = FilterBit(hash);
                    if ((filter[bit >> 6] & (1UL << bit)) != 0 && wanted.Contains(hash)) seen.Add(hash);
                }
            }
        }
        return seen;
    }

    private const int FilterWords = 1 << 10;

    // The hash's bits mixed, then the top 16: which bit of the filter stands for it.
    private static int FilterBit(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 48);

    // One error for the file rather than one per entry: the entries are fine, the as-of date is not.
    private static void AsOfTooEarly(ListingBlockParser[] parsers, string source, DateOnly asOf, DiagnosticList diagnostics)
    {
        int count = parsers.Sum(p => p.DatesBeforeYearOne);
        if (count == 0) return;
        var (date, line) = parsers.First(p => p.DatesBeforeYearOne > 0).FirstDateBeforeYearOne;
        diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.AsOfOutOfRange, DiagnosticSeverity.Error, source, 0, string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"the as-of date {asOf:yyyy-MM-dd} is too early: a date without a year ('{date}', line {line}) would fall before year 1; {count:N0} {(count == 1 ? "entry" : "entries")} without a year skipped")));
    }

    /// <summary>A listing's entries start at meta lines, which are short.</summary>
    private readonly struct MetaLineBoundary : IEntryBoundary
    {
        public int MaxLineLength => 66;

        public bool IsEntryStart(ReadOnlySpan<byte> line) => MetaLine.TryMatch(line, out _);
    }
}
