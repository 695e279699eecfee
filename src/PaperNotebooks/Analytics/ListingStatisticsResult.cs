using PaperNotebooks.Listing;

namespace PaperNotebooks.Analytics;

/// <summary>Statistics of a listing read from a file, and what the reader reported on the way.</summary>
public sealed record ListingStatisticsResult(ListingStatistics Statistics, IReadOnlyList<ListingDiagnostic> Diagnostics);
