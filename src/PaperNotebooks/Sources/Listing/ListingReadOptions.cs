using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>How to read a listing.</summary>
public sealed record ListingReadOptions
{
    public static ListingReadOptions Default { get; } = new();

    /// <summary>The date a listing is read as of: dates without a year get the latest year that puts them on or before it.
    /// Null means today. When it is so early that such a date would fall before year 1, those entries are skipped with
    /// one <see cref="DiagnosticCodes.AsOfOutOfRange"/> error for the whole listing.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How many threads may parse at once; null means one per core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>How many diagnostics are kept in full; past that they are only counted per code
    /// (<see cref="ListingParseResult.Omitted"/>), so memory follows the papers read, not the diagnostics.</summary>
    public int MaxDiagnostics { get; init; } = 100;

    /// <summary>Stops the reading: the reader then throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    internal DateOnly EffectiveAsOf => AsOf ?? DateOnly.FromDateTime(DateTime.Today);
}
