using PaperNotebooks.Model;

using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>What reading a listing gives: every paper that could be read, and what went wrong elsewhere.</summary>
/// <param name="Diagnostics">The first <see cref="ListingReadOptions.MaxDiagnostics"/> diagnostics, in line order.</param>
public sealed record ListingParseResult(PaperCollection Papers, IReadOnlyList<SourceDiagnostic> Diagnostics)
{
    /// <summary>Diagnostics past the kept ones, counted per code.</summary>
    public IReadOnlyList<DiagnosticCount> Omitted { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || Omitted.Any(d => d.Severity == DiagnosticSeverity.Error);
    public IEnumerable<SourceDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
    public IEnumerable<SourceDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
