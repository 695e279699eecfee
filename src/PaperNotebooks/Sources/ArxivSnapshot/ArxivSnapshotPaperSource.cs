using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.ArxivSnapshot;

/// <summary>
/// arXiv's metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>, about 2.7 million papers): one JSON object a
/// line. Read in blocks of lines on all cores, each line with <see cref="System.Text.Json.Utf8JsonReader"/>, so the
/// file is never parsed as one document; a line that cannot be read is one diagnostic and the next line is read.
/// </summary>
internal sealed class ArxivSnapshotPaperSource : IPaperSource
{
    public static ArxivSnapshotPaperSource Instance { get; } = new();

    public string Name => "arxiv-snapshot";

    /// <summary>None: the snapshot is a <c>.json</c> file, known by its content.</summary>
    public IReadOnlyList<string> Extensions { get; } = [];

    /// <summary>An object whose first line has the snapshot's own keys: <c>"submitter"</c> (early in a record) or
    /// <c>"authors_parsed"</c>.</summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        head = head.TrimStart(" \t\r\n"u8);
        if (head.IsEmpty || head[0] != (byte)'{') return false;
        int end = head.IndexOfAny((byte)'\n', (byte)'\r');
        var line = end < 0 ? head : head[..end];
        return line.IndexOf("\"submitter\":"u8) >= 0 || line.IndexOf("\"authors_parsed\":"u8) >= 0;
    }

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var (source, options) = (context.Source, context.Options);
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        var cancellation = options.CancellationToken;
        long start = length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
        if (new ReadOnlySpan<byte>(data + start, (int)Math.Min(8192, length - start)).Contains((byte)0))
        {
            diagnostics.Add(context.Error(DiagnosticCodes.BinaryFile, 0, "this is a binary file, not the arXiv snapshot's JSON lines; nothing was read"));
            return diagnostics;
        }

        var bounds = BlockScanner.Bounds(data, length, start, context.BlockSize, default(NewlineBoundary), cancellation);
        int blocks = bounds.Count - 1;
        for (int k = 0; k < blocks; k++)
        {
            if (bounds[k + 1] - bounds[k] > int.MaxValue)
            {
                diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "the file has a line of over 2 GB; it is not the arXiv snapshot"));
                return diagnostics;
            }
        }

        sink.Begin(blocks);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        var firstLines = BlockScanner.FirstLines(data, bounds, parallel);
        var blockDiagnostics = new DiagnosticList[blocks];
        bool full = sink.Detail == PaperDetail.Full;
        var abstracts = full ? Utf8TextStore.ForBlocks(bounds) : new Utf8TextBlock?[blocks];
        try
        {
            Parallel.For(0, blocks, parallel, k =>
            {
                blockDiagnostics[k] = new DiagnosticList(options.MaxDiagnostics);
                var parser = new SnapshotBlockParser(source, full, sink.Part(k), blockDiagnostics[k], cancellation, abstracts[k]);
                parser.Parse(BlockScanner.Block(data, bounds, k), firstLines[k]);
                abstracts[k]?.Finish();
                BlockScanner.Release(data, bounds, k);
            });
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }
        sink.Finishing(Utf8TextStore.SealAllInBackground(abstracts));
        foreach (var found in blockDiagnostics) diagnostics.AddRange(found);
        return diagnostics;
    }
}
