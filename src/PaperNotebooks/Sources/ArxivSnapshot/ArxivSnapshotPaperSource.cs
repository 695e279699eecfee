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
        using var bytes = SourceBlocks.Of(data, length, context.Path);
        long start = SourceEncoding.Utf8MarkLength(bytes.Head(0, 3));
        if (bytes.Head(start, 8192).Contains((byte)0))
        {
            diagnostics.Add(context.Error(DiagnosticCodes.BinaryFile, 0, "this is a binary file, not the arXiv snapshot's JSON lines; nothing was read"));
            return diagnostics;
        }

        var parallel = context.Parallel();
        DiagnosticList[] blockDiagnostics = [];
        Utf8TextBlock?[] abstracts = [];
        bool full = sink.Detail == PaperDetail.Full;
        var stores = full ? new Utf8TextStore.ForFile(length) : null;
        try
        {
            var run = bytes.Run(start, context.BlockSize, default(NewlineBoundary), parallel,
                begin: most =>
                {
                    sink.Begin(most);
                    (blockDiagnostics, abstracts) = (new DiagnosticList[most], new Utf8TextBlock?[most]);
                },
                cut: (k, from, to) => abstracts[k] = stores?.Next(from, to),
                parse: (k, block, firstLine, last) =>
                {
                    blockDiagnostics[k] = new DiagnosticList(options.MaxDiagnostics);
                    var parser = new SnapshotBlockParser(source, full, sink.Part(k), blockDiagnostics[k], cancellation, abstracts[k]);
                    parser.Parse(block, firstLine);
                    abstracts[k]?.Finish();
                });
            if (run.StoppedAtLongStretch) diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "the file has a line of over 2 GB; it is not the arXiv snapshot"));
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }
        Utf8TextStore.SealAllInBackground(abstracts);
        foreach (var found in blockDiagnostics) if (found is not null) diagnostics.AddRange(found);
        return diagnostics;
    }
}
