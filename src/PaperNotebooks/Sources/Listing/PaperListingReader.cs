using System.Text;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>
/// Reads paper listings (three lines a paper: meta line, title running into authors, abstract), whatever the file is
/// called. Never throws on content or I/O trouble: every paper that can be read is read, and the rest is reported as
/// diagnostics naming the file and line. To read any format, see <see cref="PaperSources"/>.
/// </summary>
public static class PaperListingReader
{
    /// <summary>Reads the listing at <paramref name="path"/>. Anything but a regular file (a FIFO, a device, a
    /// folder) is refused, before it is opened, with one <see cref="DiagnosticCodes.Unreadable"/> diagnostic.</summary>
    public static ListingParseResult ReadFile(string path, ListingReadOptions? options = null) =>
        PaperSources.ReadFile(path, options, ListingSource.Instance.Name);

    /// <summary>Reads a listing from a stream that need not seek (standard input); <paramref name="source"/> names
    /// it in diagnostics. The stream is read to its end and left open.</summary>
    public static ListingParseResult Read(Stream stream, ListingReadOptions? options = null, string source = "-") =>
        PaperSources.Read(stream, options, source, ListingSource.Instance.Name);

    /// <summary>Reads a listing held in a string; <paramref name="source"/> names it in diagnostics.</summary>
    public static ListingParseResult Parse(string text, ListingReadOptions? options = null, string source = "<text>") =>
        Parse(Encoding.UTF8.GetBytes(text), options, source);

    /// <summary>Reads a listing from UTF-8 bytes (a BOM is allowed; so is UTF-16 or UTF-32 with its BOM).</summary>
    public static ListingParseResult Parse(ReadOnlySpan<byte> utf8, ListingReadOptions? options = null, string source = "<text>") =>
        Parse(utf8, options, source, SourceContext.DefaultBlockSize);

    /// <summary>As <see cref="Parse(ReadOnlySpan{byte}, ListingReadOptions?, string)"/>, in blocks of about
    /// <paramref name="blockSize"/> bytes: for tests that compare block-parallel reading with sequential reading.</summary>
    internal static ListingParseResult Parse(ReadOnlySpan<byte> utf8, ListingReadOptions? options, string source, int blockSize)
    {
        var sink = new PaperListSink();
        var context = new SourceContext(source, options ?? ListingReadOptions.Default, blockSize);
        return sink.ToResult(PaperSources.Read(ListingSource.Instance, utf8, context, sink), null);
    }
}
