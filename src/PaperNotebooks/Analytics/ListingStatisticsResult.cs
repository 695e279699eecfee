using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Analytics;

/// <summary>Statistics of a listing read from a file, and what the reader reported on the way.</summary>
/// <param name="Diagnostics">The first <see cref="ListingReadOptions.MaxDiagnostics"/> diagnostics, in line order.</param>
public sealed record ListingStatisticsResult(ListingStatistics Statistics, IReadOnlyList<SourceDiagnostic> Diagnostics)
{
    /// <summary>Diagnostics past the kept ones, counted per code.</summary>
    public IReadOnlyList<DiagnosticCount> Omitted { get; init; } = [];
}
