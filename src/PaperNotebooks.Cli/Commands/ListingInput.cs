using PaperNotebooks.Analytics;
using PaperNotebooks.Files;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Cli.Commands;

/// <summary>
/// The listing a command reads: a regular file, or standard input for <c>-</c>. Anything else (a FIFO, a device,
/// a /proc file) is refused before it is opened, since opening a FIFO blocks and a device never ends.
/// </summary>
internal static class ListingInput
{
    public const string StandardInput = "-";

    /// <summary>The papers of a file in any format <see cref="PaperSources"/> reads (a listing, our JSON or CSV export).</summary>
    public static ListingParseResult Read(string path, ListingReadOptions options, CommandIO io)
    {
        if (path == StandardInput)
        {
            using var input = io.OpenInput();
            return PaperSources.Read(input, options, source: StandardInput);
        }
        if (Refusal(path) is { } refusal) return new ListingParseResult(new PaperCollection([], path), [refusal]);
        return PaperSources.ReadFile(path, options);
    }

    public static ListingStatisticsResult ReadStatistics(string path, ListingReadOptions options, int topAuthors, CommandIO io)
    {
        if (path == StandardInput)
        {
            using var input = io.OpenInput();
            return ListingStatistics.Read(input, options, StandardInput, topAuthors);
        }
        if (Refusal(path) is { } refusal) return new ListingStatisticsResult(ListingStatistics.Compute([], topAuthors), [refusal]);
        return ListingStatistics.ReadFile(path, options, topAuthors);
    }

    /// <summary>A PN009 diagnostic when <paramref name="path"/> exists but is not a regular file; a missing file is left
    /// to the reader, which says so in the same form.</summary>
    private static SourceDiagnostic? Refusal(string path)
    {
        if (FileStatus.Of(path).Kind == FileKind.Missing || InputFile.Problem(path) is not { } problem) return null;
        string hint = path is "/dev/stdin" or "/dev/fd/0" or "/proc/self/fd/0" ? " (give - to read standard input)" : "";
        return new SourceDiagnostic(DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, path, 0, $"cannot read the listing: {problem}{hint}");
    }
}
