using PaperNotebooks.Analytics;
using PaperNotebooks.Files;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;

namespace PaperNotebooks.Cli.Commands;

/// <summary>
/// The listing a command reads: a regular file, or standard input for <c>-</c>. Anything else (a FIFO, a device,
/// a /proc file) is refused before it is opened, since opening a FIFO blocks and a device never ends.
/// </summary>
internal static class ListingInput
{
    public const string StandardInput = "-";

    public static ListingParseResult Read(string path, ListingReadOptions options, CommandIO io)
    {
        if (path == StandardInput) return PaperListingReader.Parse(ReadAll(io), options, source: StandardInput);
        if (Refusal(path) is { } refusal) return new ListingParseResult(new PaperCollection([], path), [refusal]);
        return PaperListingReader.ReadFile(path, options);
    }

    public static ListingStatisticsResult ReadStatistics(string path, ListingReadOptions options, int topAuthors, CommandIO io)
    {
        if (path == StandardInput)
        {
            // Until the reader can stream a pipe, standard input is read whole and summarised from its papers.
            var parsed = Read(path, options, io);
            return new ListingStatisticsResult(ListingStatistics.Compute(parsed.Papers, topAuthors), parsed.Diagnostics) { Omitted = parsed.Omitted };
        }
        if (Refusal(path) is { } refusal) return new ListingStatisticsResult(ListingStatistics.Compute([], topAuthors), [refusal]);
        return PaperListingReader.ReadStatistics(path, options, topAuthors);
    }

    /// <summary>A PN009 diagnostic when <paramref name="path"/> exists but is not a regular file; a missing file is left
    /// to the reader, which says so in the same form.</summary>
    private static ListingDiagnostic? Refusal(string path)
    {
        if (FileStatus.Of(path).Kind == FileKind.Missing || InputFile.Problem(path) is not { } problem) return null;
        string hint = path is "/dev/stdin" or "/dev/fd/0" or "/proc/self/fd/0" ? " (give - to read standard input)" : "";
        return new ListingDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, path, 0, $"cannot read the listing: {problem}{hint}");
    }

    private static byte[] ReadAll(CommandIO io)
    {
        using var input = io.OpenInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
