namespace PaperNotebooks.Listing;

/// <summary>
/// Splits a listing's bytes into blocks that start at entries and parses the blocks on all cores.
/// Line numbers stay exact: each block's newlines are counted first, so every block knows its first line.
/// </summary>
internal static unsafe class ListingScanner
{
    internal const int DefaultBlockSize = 8 << 20;

    /// <param name="sinkForBlock">Called on the worker thread that parses block k; receives that block's papers in order.</param>
    public static List<ListingDiagnostic> Scan(
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
        var diagnostics = new List<ListingDiagnostic>();
        blockCount = 0;
        long start = length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;

        var head = new ReadOnlySpan<byte>(data + start, (int)Math.Min(8192, length - start));
        if (head.Contains((byte)0))
        {
            diagnostics.Add(new ListingDiagnostic(DiagnosticCodes.BinaryFile, DiagnosticSeverity.Error, source, 0,
                "this is a binary file, not a text listing; nothing was read"));
            return diagnostics;
        }

        var bounds = new List<long> { start };
        for (long nominal = start + blockSize; nominal < length; nominal += blockSize)
        {
            long boundary = NextEntryStart(data, length, Math.Max(nominal, bounds[^1] + 1));
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
                diagnostics.Add(new ListingDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, source, 0,
                    "the file has a stretch of over 2 GB without an entry; it is not a listing"));
                return diagnostics;
            }
        }

        beforeParse?.Invoke(blocks);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        var newlines = new int[blocks];
        Parallel.For(0, blocks, parallel, k => newlines[k] = Block(data, bounds, k).Count((byte)'\n'));
        var firstLines = new int[blocks];
        firstLines[0] = 1;
        for (int k = 1; k < blocks; k++) firstLines[k] = firstLines[k - 1] + newlines[k - 1];

        var asOf = options.EffectiveAsOf;
        var blockDiagnostics = new List<ListingDiagnostic>[blocks];
        Parallel.For(0, blocks, parallel, k =>
        {
            var found = new List<ListingDiagnostic>();
            var parser = new ListingBlockParser(source, asOf, fullPapers, sinkForBlock(k), found);
            parser.Parse(Block(data, bounds, k), firstLines[k], endOfSource: k == blocks - 1);
            blockDiagnostics[k] = found;
        });
        foreach (var found in blockDiagnostics) diagnostics.AddRange(found);
        return diagnostics;
    }

    private static ReadOnlySpan<byte> Block(byte* data, List<long> bounds, int k) =>
        new(data + bounds[k], (int)(bounds[k + 1] - bounds[k]));

    /// <summary>The start of the first line at or after <paramref name="from"/> that is a meta line, or the length.</summary>
    private static long NextEntryStart(byte* data, long length, long from)
    {
        long position = from;
        if (position > 0 && data[position - 1] != (byte)'\n') position = NextLine(data, length, position);
        while (position < length)
        {
            long next = NextLine(data, length, position);
            long lineEnd = next > position && data[next - 1] == (byte)'\n' ? next - 1 : next;
            var line = new ReadOnlySpan<byte>(data + position, (int)Math.Min(lineEnd - position, 64)).Trim(" \t\r"u8);
            if (lineEnd - position <= 64 && MetaLine.TryMatch(line, out _)) return position;
            position = next;
        }
        return length;
    }

    private static long NextLine(byte* data, long length, long from)
    {
        long position = from;
        while (position < length)
        {
            int window = (int)Math.Min(length - position, 1 << 20);
            int newline = new ReadOnlySpan<byte>(data + position, window).IndexOf((byte)'\n');
            if (newline >= 0) return position + newline + 1;
            position += window;
        }
        return length;
    }
}
