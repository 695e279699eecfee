using System.IO.MemoryMappedFiles;
using System.Text;
using PaperNotebooks.Analytics;
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

    /// <summary>Reads the listing at <paramref name="path"/>.</summary>
    public static ListingParseResult ReadFile(string path, ListingReadOptions? options = null)
    {
        options ??= ListingReadOptions.Default;
        List<Paper>[] blocks = [];
        var diagnostics = WithFileBytes(path, options, fullPapers: true,
            count => blocks = NewLists(count), k => blocks[k].Add);
        return Collect(blocks, diagnostics, path);
    }

    /// <summary>Reads a listing held in a string; <paramref name="source"/> names it in diagnostics.</summary>
    public static ListingParseResult Parse(string text, ListingReadOptions? options = null, string source = "<text>")
    {
        return Parse(Encoding.UTF8.GetBytes(text), options, source);
    }

    /// <summary>Reads a listing from UTF-8 bytes (a BOM is allowed).</summary>
    public static unsafe ListingParseResult Parse(ReadOnlySpan<byte> utf8, ListingReadOptions? options = null, string source = "<text>")
    {
        options ??= ListingReadOptions.Default;
        List<Paper>[] blocks = [];
        List<ListingDiagnostic> diagnostics;
        fixed (byte* data = utf8)
        {
            diagnostics = ScanWithBlocks(data, utf8.Length, source, options, fullPapers: true,
                count => blocks = NewLists(count), k => blocks[k].Add);
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
        using var perThread = new ThreadLocal<StatisticsAccumulator>(() => new StatisticsAccumulator(), trackAllValues: true);
        var diagnostics = WithFileBytes(path, options, fullPapers: false, _ => { }, _ =>
        {
            var accumulator = perThread.Value!;
            return accumulator.Add;
        });
        var total = new StatisticsAccumulator();
        foreach (var part in perThread.Values) total.Merge(part);
        return new ListingStatisticsResult(total.ToStatistics(topAuthors), diagnostics);
    }

    private static unsafe List<ListingDiagnostic> WithFileBytes(
        string path, ListingReadOptions options, bool fullPapers, Action<int> onBlockCount, Func<int, Action<Paper>> sinkForBlock)
    {
        string source = path;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long length = stream.Length;
            if (length == 0) return [];
            if (length < MemoryMapThreshold)
            {
                var bytes = new byte[length];
                stream.ReadExactly(bytes);
                fixed (byte* data = bytes)
                {
                    return ScanWithBlocks(data, length, source, options, fullPapers, onBlockCount, sinkForBlock);
                }
            }

            using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            try
            {
                return ScanWithBlocks(pointer + view.PointerOffset, length, source, options, fullPapers, onBlockCount, sinkForBlock);
            }
            finally
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            string reason = e switch
            {
                FileNotFoundException => "no such file",
                DirectoryNotFoundException => "no such directory",
                UnauthorizedAccessException when Directory.Exists(path) => "this is a directory, not a listing",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            return [new ListingDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, source, 0, $"cannot read the listing: {reason}")];
        }
    }

    private static unsafe List<ListingDiagnostic> ScanWithBlocks(
        byte* data, long length, string source, ListingReadOptions options, bool fullPapers, Action<int> onBlockCount, Func<int, Action<Paper>> sinkForBlock)
    {
        // The block count is known only once boundaries are found; the sink is asked for per block after that.
        Action<Paper>[]? sinks = null;
        var diagnostics = ListingScanner.Scan(data, length, source, options, fullPapers, k =>
        {
            if (sinks is null) throw new InvalidOperationException("block sinks requested before the block count");
            return sinks[k] ??= sinkForBlock(k);
        }, out _, beforeParse: count =>
        {
            onBlockCount(count);
            sinks = new Action<Paper>[count];
        });
        return diagnostics;
    }

    private static List<Paper>[] NewLists(int count)
    {
        var lists = new List<Paper>[count];
        for (int k = 0; k < count; k++) lists[k] = [];
        return lists;
    }

    private static ListingParseResult Collect(List<Paper>[] blocks, List<ListingDiagnostic> diagnostics, string? source)
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
        return new ListingParseResult(new PaperCollection(papers, source), diagnostics);
    }
}
