using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>
/// Splits a listing's bytes into blocks that start at entries and parses the blocks on all cores.
/// Line numbers stay exact: each block's line ends are counted first, so every block knows its first line.
/// Blocks give exactly what one sequential pass would: an entry open at a block's end is cut off by the entry
/// that starts the next block, and each block keeps at most the cap of diagnostics before they are merged.
/// </summary>
internal static unsafe class ListingScanner
{
    internal const int DefaultBlockSize = SourceContext.DefaultBlockSize;

    /// <param name="sinkForBlock">Called on the worker thread that parses block k; receives that block's papers in order.</param>
    public static DiagnosticList Scan(
        byte* data,
        long length,
        string source,
        ListingReadOptions options,
        bool fullPapers,
        Func<int, Action<Model.Paper>> sinkForBlock,
        out int blockCount,
        Action<int>? beforeParse = null,
        int blockSize = DefaultBlockSize)
    {
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        var cancellation = options.CancellationToken;
        blockCount = 0;
        long start = length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;

        var head = new ReadOnlySpan<byte>(data + start, (int)Math.Min(8192, length - start));
        if (head.Contains((byte)0))
        {
            diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.BinaryFile, DiagnosticSeverity.Error, source, 0,
                SourceEncoding.LooksLikeUtf16(head)
                    ? "this looks like UTF-16 text without a byte-order mark; nothing was read (save it as UTF-8, or as UTF-16 with a byte-order mark)"
                    : "this is a binary file, not a text listing; nothing was read"));
            return diagnostics;
        }

        var bounds = new List<long> { start };
        for (long nominal = start + blockSize; nominal < length; nominal += blockSize)
        {
            cancellation.ThrowIfCancellationRequested();
            long boundary = NextEntryStart(data, length, Math.Max(nominal, bounds[^1] + 1), cancellation);
            if (boundary >= length) break;
            if (boundary > bounds[^1]) bounds.Add(boundary);
            nominal = Math.Max(nominal, boundary - blockSize + 1);
        }
        bounds.Add(length);
        int blocks = bounds.Count - 1;
        blockCount = blocks;
        for (int k = 0; k < blocks; k++)
        {
            if (bounds[k + 1] - bounds[k] > int.MaxValue)
            {
                diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, source, 0,
                    "the file has a stretch of over 2 GB without an entry; it is not a listing"));
                return diagnostics;
            }
        }

        beforeParse?.Invoke(blocks);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        var lineEnds = new int[blocks];
        Parallel.For(0, blocks, parallel, k => lineEnds[k] = LineEnds.Count(Block(data, bounds, k)));
        var firstLines = new int[blocks];
        firstLines[0] = 1;
        for (int k = 1; k < blocks; k++) firstLines[k] = firstLines[k - 1] + lineEnds[k - 1];

        var asOf = options.EffectiveAsOf;
        var blockDiagnostics = new DiagnosticList[blocks];
        var parsers = new ListingBlockParser[blocks];
        try
        {
            Parallel.For(0, blocks, parallel, k =>
            {
                blockDiagnostics[k] = new DiagnosticList(options.MaxDiagnostics);
                parsers[k] = new ListingBlockParser(source, asOf, fullPapers, sinkForBlock(k), blockDiagnostics[k], cancellation);
                parsers[k].Parse(Block(data, bounds, k), firstLines[k], endOfSource: k == blocks - 1);
            });
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }

        AsOfTooEarly(parsers, source, asOf, diagnostics);
        foreach (var found in blockDiagnostics) diagnostics.AddRange(found);
        return diagnostics;
    }

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

    private static ReadOnlySpan<byte> Block(byte* data, List<long> bounds, int k) =>
        new(data + bounds[k], (int)(bounds[k + 1] - bounds[k]));

    /// <summary>The start of the first line at or after <paramref name="from"/> that is a meta line, or the length.</summary>
    private static long NextEntryStart(byte* data, long length, long from, CancellationToken cancellation)
    {
        long position = from;
        if (position > 0 && !IsLineStart(data, length, position)) position = NextLine(data, length, position);
        for (int lines = 1; position < length; lines++)
        {
            if ((lines & 4095) == 0) cancellation.ThrowIfCancellationRequested();
            long next = NextLine(data, length, position);
            var line = new ReadOnlySpan<byte>(data + position, (int)Math.Min(next - position, 66)).TrimEnd("\r\n"u8).Trim(" \t\r"u8);
            if (next - position <= 66 && MetaLine.TryMatch(line, out _)) return position;
            position = next;
        }
        return length;
    }

    // After LF, or after a CR that is not the first half of a CRLF.
    private static bool IsLineStart(byte* data, long length, long position) =>
        data[position - 1] == (byte)'\n' || (data[position - 1] == (byte)'\r' && (position >= length || data[position] != (byte)'\n'));

    /// <summary>Where the line after the one holding <paramref name="from"/> starts, or the length.</summary>
    private static long NextLine(byte* data, long length, long from)
    {
        long position = from;
        while (position < length)
        {
            int window = (int)Math.Min(length - position, 1 << 20);
            int end = new ReadOnlySpan<byte>(data + position, window).IndexOfAny((byte)'\n', (byte)'\r');
            if (end >= 0)
            {
                long lineEnd = position + end;
                return lineEnd + 1 < length && data[lineEnd] == (byte)'\r' && data[lineEnd + 1] == (byte)'\n' ? lineEnd + 2 : lineEnd + 1;
            }
            position += window;
        }
        return length;
    }
}
