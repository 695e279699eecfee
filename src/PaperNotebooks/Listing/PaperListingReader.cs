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
    /// <summary>Reads the listing at <paramref name="path"/>. Anything but a regular file (a FIFO, a device, a
    /// folder) is refused, before it is opened, with one <see cref="DiagnosticCodes.Unreadable"/> diagnostic.</summary>
    public static ListingParseResult ReadFile(string path, ListingReadOptions? options = null)
    {
        options ??= ListingReadOptions.Default;
        return Papers(path, (fullPapers, onBlockCount, sinkForBlock) =>
            ListingInput.FromFile(path, options, fullPapers, onBlockCount, sinkForBlock));
    }

    /// <summary>Reads a listing from a stream that need not seek (standard input); <paramref name="source"/> names
    /// it in diagnostics. The stream is read to its end and left open.</summary>
    public static ListingParseResult Read(Stream stream, ListingReadOptions? options = null, string source = "-")
    {
        options ??= ListingReadOptions.Default;
        return Papers(null, (fullPapers, onBlockCount, sinkForBlock) =>
            ListingInput.FromStream(stream, source, options, fullPapers, onBlockCount, sinkForBlock));
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
            diagnostics = ListingInput.FromBytes(data, utf8.Length, source, options, fullPapers: true,
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
            ListingInput.FromFile(path, options, fullPapers, onBlockCount, sinkForBlock));
    }

    /// <summary>Statistics of a listing read from a stream that need not seek (standard input).</summary>
    public static ListingStatisticsResult ReadStatistics(Stream stream, ListingReadOptions? options = null, string source = "-", int topAuthors = 10)
    {
        options ??= ListingReadOptions.Default;
        return Statistics(options, topAuthors, (fullPapers, onBlockCount, sinkForBlock) =>
            ListingInput.FromStream(stream, source, options, fullPapers, onBlockCount, sinkForBlock));
    }

    private delegate DiagnosticList Reading(bool fullPapers, Action<int> onBlockCount, Func<int, Action<Paper>> sinkForBlock);

    private static ListingParseResult Papers(string? path, Reading read)
    {
        List<Paper>[] blocks = [];
        var diagnostics = read(true, count => blocks = NewLists(count), k => blocks[k].Add);
        return Collect(blocks, diagnostics, path);
    }

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
