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
    public static ListingParseResult Read(string path, ListingReadOptions options, CommandIO io, string? format = null)
    {
        if (path == StandardInput)
        {
            using var input = io.OpenInput();
            return PaperSources.Read(input, options, source: StandardInput, format: format);
        }
        if (Refusal(path) is { } refusal) return new ListingParseResult(new PaperCollection([], path), [refusal]);
        return PaperSources.ReadFile(path, options, format);
    }

    /// <summary>The papers of one or more files as one collection, copies of a paper merged.</summary>
    public static ListingParseResult Read(IReadOnlyList<string> paths, ListingReadOptions options, CommandIO io, string? format)
    {
        if (paths.Count == 1) return Read(paths[0], options, io, format);
        var refusals = paths.Select(Refusal).OfType<SourceDiagnostic>().ToList();
        if (refusals.Count > 0) return new ListingParseResult(new PaperCollection([]), refusals);
        return PaperSources.ReadFiles(paths, options, format);
    }

    /// <summary>Statistics of one file streamed (nothing but counts kept), or of several files' merged papers.</summary>
    public static ListingStatisticsResult ReadStatistics(IReadOnlyList<string> paths, ListingReadOptions options, int topAuthors, CommandIO io, string? format)
    {
        if (paths.Count == 1) return ReadStatistics(paths[0], options, topAuthors, io, format);
        var read = Read(paths, options, io, format);
        return new ListingStatisticsResult(ListingStatistics.Compute(read.Papers, topAuthors), read.Diagnostics) { Omitted = read.Omitted };
    }

    public static ListingStatisticsResult ReadStatistics(string path, ListingReadOptions options, int topAuthors, CommandIO io, string? format = null)
    {
        if (path == StandardInput)
        {
            using var input = io.OpenInput();
            return ListingStatistics.Read(input, options, StandardInput, topAuthors, format);
        }
        if (Refusal(path) is { } refusal) return new ListingStatisticsResult(ListingStatistics.Compute([], topAuthors), [refusal]);
        return ListingStatistics.ReadFile(path, options, topAuthors, format);
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
