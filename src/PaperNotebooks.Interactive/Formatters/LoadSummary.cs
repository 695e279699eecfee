using PaperNotebooks.Analytics;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>What <c>#!paper load</c> reports: where from, into which variables, a short summary, and the diagnostics (at most <see cref="DiagnosticsView.MostRows"/> in full).</summary>
/// <param name="Variables">The C# variables defined, or empty when no C# kernel was there to hold them.</param>
internal sealed record LoadSummary(
    string Name,
    string Source,
    IReadOnlyList<string> Variables,
    ListingStatistics Statistics,
    IReadOnlyList<SourceDiagnostic> Diagnostics,
    IReadOnlyList<DiagnosticCount> Omitted)
{
    /// <summary>How many files were read.</summary>
    public int Files { get; init; } = 1;

    /// <summary>How many copies were merged into papers read before them (0 for one file without repeats).</summary>
    public int Merged { get; init; }

    public DiagnosticList DiagnosticList => new(Diagnostics, Omitted);
}
