using System.IO.MemoryMappedFiles;
using System.Text;
using PaperNotebooks.Analytics;
using PaperNotebooks.Files;
using PaperNotebooks.Model;

namespace PaperNotebooks.Listing;

/// <summary>
/// Reads paper listings (three lines a paper: meta line, title running into authors, abstract).
/// Never throws on content or I/O trouble: every paper that can be read is read, and the rest is reported as
/// diagnostics naming the file and line.
/// </summary>
public static class PaperListingReader
{
    private const long MemoryMapThreshold = 4 << 20;

    /// <summary>Reads the listing at <paramref name="path"/>. Anything but a regular file (a FIFO, a device, a
    /// folder) is refused, before it is opened, with one <see cref="DiagnosticCodes.Unreadable"/> diagnostic.</summary>
    public static ListingParseResult ReadFile(string path, ListingReadOptions? options = null)
    {
        options ??= ListingReadOptions.Default;
        List<Paper>[] blocks = [];
        var diagnostics = WithFileBytes(path, options, fullPapers: true,
            count => blocks = NewLists(count), k => blocks[k].Add);
        return Collect(blocks, diagnostics, path);
    }

    /// <summary>Reads a listing from a stream that need not seek (standard input); <paramref name="source"/> names
    /// it in diagnostics. The stream is read to its end and left open.</summary>
    public static ListingParseResult Read(Stream stream, ListingReadOptions? options = null, string source = "-")
    {
        options ??= ListingReadOptions.Default;
        List<Paper>[] blocks = [];
        var diagnostics = WithStreamBytes(stream, source, options, fullPapers: true,
            count => blocks = NewLists(count), k => blocks[k].Add);
        return Collect(blocks, diagnostics, null);
    }

    /// <summary>Reads a listing held in a string; <paramref name="source"/> names it in diagnostics.</summary>
    public static ListingParseResult Parse(string text, ListingReadOptions? options = null, string source = "<text>")
    {
        return Parse(Encoding.UTF8.GetBytes(text), options, source);
    }

    /// <summary>Reads a listing from UTF-8 bytes (a BOM is allowed; so is UTF-16 or UTF-32 with its BOM).</summary>
    public static ListingParseResult Parse(ReadOnlySpan<byte> utf8, ListingReadOptions? options = null, string source = "<text>") =>
        Parse(utf8, options, source, ListingScanner.DefaultBlockSize);

    /// <summary>As <see cref="Parse(ReadOnlySpan{byte}, ListingReadOptions?, string)"/>, in blocks of about
    /// <paramref name="blockSize"/> bytes: for tests that compare block-parallel reading with sequential reading.</summary>
    internal static unsafe ListingParseResult Parse(ReadOnlySpan<byte> utf8, ListingReadOptions? options, string source, int blockSize)
    {
        options ??= ListingReadOptions.Default;
        List<Paper>[] blocks = [];
        DiagnosticList diagnostics;
        fixed (byte* data = utf8)
        {
            diagnostics = ScanText(data, utf8.Length, source, options, fullPapers: true,
                count => blocks = NewLists(count), k => blocks[k].Add, blockSize);
        }
        return Collect(blocks, diagnostics, null);
    }

    /// <summary>
    /// Statistics of the listing at <paramref name="path"/> without holding its papers: the way to summarise
    /// listings of millions of papers in little memory.
    /// </summary>
    public static ListingStatisticsResult ReadStatistics(string path, ListingReadOptions? options = null, int topAuthors = 10)
    {
        options ??= ListingReadOptions.Default;
        return Statistics(options, topAuthors, (fullPapers, onBlockCount, sinkForBlock) =>
            WithFileBytes(path, options, fullPapers, onBlockCount, sinkForBlock));
    }

    /// <summary>Statistics of a listing read from a stream that need not seek (standard input).</summary>
    public static ListingStatisticsResult ReadStatistics(Stream stream, ListingReadOptions? options = null, string source = "-", int topAuthors = 10)
    {
        options ??= ListingReadOptions.Default;
        return Statistics(options, topAuthors, (fullPapers, onBlockCount, sinkForBlock) =>
            WithStreamBytes(stream, source, options, fullPapers, onBlockCount, sinkForBlock));
    }

    private delegate DiagnosticList Reading(bool fullPapers, Action<int> onBlockCount, Func<int, Action<Paper>> sinkForBlock);

    private static ListingStatisticsResult Statistics(ListingReadOptions options, int topAuthors, Reading read)
    {
        using var perThread = new ThreadLocal<StatisticsAccumulator>(() => new StatisticsAccumulator(), trackAllValues: true);
        var diagnostics = read(false, _ => { }, _ =>
        {
            var accumulator = perThread.Value!;
            return accumulator.Add;
        });
        var total = new StatisticsAccumulator();
        foreach (var part in perThread.Values) total.Merge(part);
        return new ListingStatisticsResult(total.ToStatistics(topAuthors), diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }

    private static unsafe DiagnosticList WithFileBytes(
        string path, ListingReadOptions options, bool fullPapers, Action<int> onBlockCount, Func<int, Action<Paper>> sinkForBlock)
    {
        string source = path;
        // Decided before opening: opening a FIFO blocks until a writer comes, and a device never ends.
        if (InputFile.Problem(path) is { } problem) return Unreadable(source, options, problem);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long length = stream.Length;
            if (length == 0) return new DiagnosticList(options.MaxDiagnostics);
            if (length < MemoryMapThreshold)
            {
                var bytes = new byte[length];
                stream.ReadExactly(bytes);
                fixed (byte* data = bytes)
                {
                    return ScanText(data, length, source, options, fullPapers, onBlockCount, sinkForBlock);
                }
            }

            using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            try
            {
                return ScanText(pointer + view.PointerOffset, length, source, options, fullPapers, onBlockCount, sinkForBlock);
            }
            finally
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(source, options, $"cannot read the listing: {Reason(e, path)}");
        }
    }

    private static unsafe DiagnosticList WithStreamBytes(
        Stream stream, string source, ListingReadOptions options, bool fullPapers, Action<int> onBlockCount, Func<int, Action<Paper>> sinkForBlock)
    {
        byte[] bytes;
        int length;
        try
        {
            // Standard input cannot seek and its length is unknown: it is read to the end, then parsed as bytes.
            var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                buffer.Write(chunk, 0, read);
            }
            options.CancellationToken.ThrowIfCancellationRequested();
            (bytes, length) = (buffer.GetBuffer(), (int)buffer.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Unreadable(source, options, $"cannot read the listing: {e.Message}");
        }
        if (length == 0) return new DiagnosticList(options.MaxDiagnostics);
        fixed (byte* data = bytes)
        {
            return ScanText(data, length, source, options, fullPapers, onBlockCount, sinkForBlock);
        }
    }

    private static string Reason(Exception e, string path) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException when Directory.Exists(path) => "this is a directory, not a listing",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private static DiagnosticList Unreadable(string source, ListingReadOptions options, string message)
    {
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        diagnostics.Add(new ListingDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, source, 0, message));
        return diagnostics;
    }

    private static unsafe DiagnosticList ScanText(
        byte* data, long length, string source, ListingReadOptions options, bool fullPapers, Action<int> onBlockCount,
        Func<int, Action<Paper>> sinkForBlock, int blockSize = ListingScanner.DefaultBlockSize)
    {
        var encoding = ListingEncoding.OtherThanUtf8(new ReadOnlySpan<byte>(data, (int)Math.Min(length, 4)), out int markLength);
        if (encoding is null) return ScanWithBlocks(data, length, source, options, fullPapers, onBlockCount, sinkForBlock, blockSize);
        if (length > Array.MaxLength / 3)
        {
            return Unreadable(source, options, $"the file is {encoding.WebName} and over {Array.MaxLength / 3 / 1_000_000:N0} MB; convert it to UTF-8 to read it");
        }
        var utf8 = ListingEncoding.ToUtf8(new ReadOnlySpan<byte>(data + markLength, (int)(length - markLength)), encoding);
        fixed (byte* converted = utf8)
        {
            return ScanWithBlocks(converted, utf8.Length, source, options, fullPapers, onBlockCount, sinkForBlock, blockSize);
        }
    }

    private static unsafe DiagnosticList ScanWithBlocks(
        byte* data, long length, string source, ListingReadOptions options, bool fullPapers, Action<int> onBlockCount,
        Func<int, Action<Paper>> sinkForBlock, int blockSize)
    {
        // The block count is known only once boundaries are found; the sink is asked for per block after that.
        Action<Paper>[]? sinks = null;
        return ListingScanner.Scan(data, length, source, options, fullPapers, k =>
        {
            if (sinks is null) throw new InvalidOperationException("block sinks requested before the block count");
            return sinks[k] ??= sinkForBlock(k);
        }, out _, beforeParse: count =>
        {
            onBlockCount(count);
            sinks = new Action<Paper>[count];
        }, blockSize);
    }

    private static List<Paper>[] NewLists(int count)
    {
        var lists = new List<Paper>[count];
        for (int k = 0; k < count; k++) lists[k] = [];
        return lists;
    }

    private static ListingParseResult Collect(List<Paper>[] blocks, DiagnosticList diagnostics, string? source)
    {
        int total = 0;
        foreach (var block in blocks) total += block.Count;
        var papers = new List<Paper>(total);
        var taken = new HashSet<string>(total, StringComparer.OrdinalIgnoreCase);
        var nextSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
        {
            foreach (var paper in block)
            {
                string id = PaperKey.Disambiguate(paper.Id, taken, nextSuffix);
                papers.Add(ReferenceEquals(id, paper.Id) ? paper : paper with { Id = id });
            }
        }
        return new ListingParseResult(new PaperCollection(papers, source), diagnostics.Kept) { Omitted = diagnostics.Omitted };
    }
}
