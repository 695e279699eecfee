using PaperNotebooks.Model;

namespace PaperNotebooks.Listing;

/// <summary>What reading a listing gives: every paper that could be read, and what went wrong elsewhere.</summary>
public sealed record ListingParseResult(PaperCollection Papers, IReadOnlyList<ListingDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    public IEnumerable<ListingDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
    public IEnumerable<ListingDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
