using PaperNotebooks.Listing;
using PaperNotebooks.Merging;
using PaperNotebooks.Model;
using PaperNotebooks.Sources.ArxivSnapshot;
using PaperNotebooks.Sources.ArxivAtom;
using PaperNotebooks.Sources.BibTex;
using PaperNotebooks.Sources.Csv;
using PaperNotebooks.Sources.Json;
using PaperNotebooks.Sources.OpenAlex;

namespace PaperNotebooks.Sources;

/// <summary>
/// Every format papers can be read from, and the one way to read them: the format is the one named, else the one the
/// file extension gives when its first bytes fit it, else the one whose first bytes match, else the extension's;
/// content that matches none is read as a listing, whose reader says what it finds. Never throws on content or I/O trouble.
/// </summary>
public static class PaperSources
{
    private const int SniffBytes = 4096;

    private static readonly IReadOnlyList<IPaperSource> All =
    [
        JsonPaperSource.Instance,
        CsvPaperSource.Instance,
        ArxivSnapshotPaperSource.Instance,
        OpenAlexPaperSource.Instance,
        BibTexPaperSource.Instance,
        ArxivAtomPaperSource.Instance,
        ListingSource.Instance,
    ];

    /// <summary>arXiv's query API (<see cref="Fetching.ArxivFetcher.FetchAsync"/>).</summary>
    public static Fetching.ArxivFetcher Arxiv { get; } = new();

    /// <summary>OpenAlex's works API (<see cref="Fetching.OpenAlexFetcher.FetchAsync(Fetching.OpenAlexQuery, Fetching.FetchOptions?, CancellationToken)"/>).</summary>
    public static Fetching.OpenAlexFetcher OpenAlex { get; } = new();

    /// <summary>The format names, for <c>--format</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(s => s.Name)];

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="format"/> names its format, null to choose.</summary>
    public static ListingParseResult ReadFile(string path, ListingReadOptions? options = null, string? format = null) =>
        ReadFile(path, options ?? ListingReadOptions.Default, format, SourceContext.DefaultBlockSize);

    /// <summary>
    /// Reads several files, each in its own format (<paramref name="format"/> names one for all, null to choose per file),
    /// into one collection: copies of a paper are merged (<see cref="PaperCollection.Duplicates"/>) and ids made unique.
    /// A file that cannot be read is its diagnostics; the others are still read. One path reads as <see cref="ReadFile(string, ListingReadOptions?, string?)"/>.
    /// </summary>
    public static ListingParseResult ReadFiles(IReadOnlyList<string> paths, ListingReadOptions? options = null, string? format = null)
    {
        if (paths.Count == 1) return ReadFile(paths[0], options, format);
        options ??= ListingReadOptions.Default;
        var papers = new List<Paper>();
        var diagnostics = new List<SourceDiagnostic>();
        var omitted = new Dictionary<(string, DiagnosticSeverity), int>();
        foreach (string path in paths)
        {
            var sink = new PaperListSink();
            var read = ReadFile(path, options, format, sink);
            papers.AddRange(sink.Papers);
            diagnostics.AddRange(read.Kept);
            foreach (var count in read.Omitted)
                omitted[(count.Code, count.Severity)] = omitted.GetValueOrDefault((count.Code, count.Severity)) + count.Count;
        }
        options.CancellationToken.ThrowIfCancellationRequested();
        var collection = PaperMerger.Collect(papers, string.Join(" ", paths));
        return new ListingParseResult(collection, diagnostics)
        {
            Omitted = [.. omitted.Select(o => new DiagnosticCount(o.Key.Item1, o.Key.Item2, o.Value))],
        };
    }

    /// <summary>Reads a stream that need not seek (standard input), to its end; it is left open.</summary>
    public static ListingParseResult Read(Stream stream, ListingReadOptions? options = null, string source = "-", string? format = null)
    {
        var sink = new PaperListSink();
        return sink.ToResult(Read(stream, source, options ?? ListingReadOptions.Default, format, sink), null);
    }

    internal static DiagnosticList ReadFile(string path, ListingReadOptions options, string? format, IPaperSink sink,
        int blockSize = SourceContext.DefaultBlockSize)
    {
        if (Named(format, path, options) is { } unknown) return unknown;
        return SourceInput.FromFile(path, options, Reader(path, path, options, format, sink, blockSize));
    }

    /// <summary>Reads a file into papers in parallel blocks of about <paramref name="blockSize"/> bytes (tests make them small).</summary>
    internal static ListingParseResult ReadFile(string path, ListingReadOptions options, string? format, int blockSize)
    {
        var sink = new PaperListSink();
        return sink.ToResult(ReadFile(path, options, format, sink, blockSize), path);
    }

    internal static DiagnosticList Read(Stream stream, string source, ListingReadOptions options, string? format, IPaperSink sink)
    {
        if (Named(format, source, options) is { } unknown) return unknown;
        return SourceInput.FromStream(stream, source, options, Reader(null, source, options, format, sink));
    }

    /// <summary>Reads bytes in hand (UTF-8, or UTF-16/32 with a byte-order mark) with the given source.</summary>
    internal static unsafe DiagnosticList Read(IPaperSource source, ReadOnlySpan<byte> bytes, SourceContext context, IPaperSink sink)
    {
        fixed (byte* data = bytes)
        {
            return SourceInput.FromBytes(data, bytes.Length, context.Source, context.Options,
                (utf8, utf8Length) => source.Read(utf8, utf8Length, context, sink));
        }
    }

    private static unsafe SourceInput.BytesReader Reader(string? path, string source, ListingReadOptions options, string? format, IPaperSink sink,
        int blockSize = SourceContext.DefaultBlockSize) =>
        (data, length) =>
        {
            var chosen = Choose(format, path, new ReadOnlySpan<byte>(data, (int)Math.Min(length, SniffBytes)));
            return chosen.Read(data, length, new SourceContext(source, options, blockSize) { Path = path }, sink);
        };

    private static IPaperSource Choose(string? format, string? path, ReadOnlySpan<byte> head)
    {
        if (format is not null) return All.First(s => Is(s, format));
        string extension = Path.GetExtension(path ?? "");
        var byExtension = All.FirstOrDefault(s => s.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        // The extension decides unless its reader does not know the content and another does: an OpenAlex page or
        // the arXiv snapshot saved as .json is not our JSON export.
        if (byExtension is not null && byExtension.Sniff(head)) return byExtension;
        foreach (var source in All)
        {
            if (source.Sniff(head)) return source;
        }
        return byExtension ?? ListingSource.Instance;
    }

    /// <summary>One error listing the known formats when <paramref name="format"/> names none.</summary>
    private static DiagnosticList? Named(string? format, string source, ListingReadOptions options)
    {
        if (format is null || All.Any(s => Is(s, format))) return null;
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        string known = string.Join(", ", All.Select(s => s.Extensions.Count > 0 ? $"{s.Name} ({string.Join(", ", s.Extensions)})" : s.Name));
        diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.UnknownFormat, DiagnosticSeverity.Error, source, 0,
            $"'{Text.Excerpt.Of(format, 40)}' is not a format papers can be read from; known formats: {known}"));
        return diagnostics;
    }

    private static bool Is(IPaperSource source, string format) => string.Equals(source.Name, format, StringComparison.OrdinalIgnoreCase);
}
