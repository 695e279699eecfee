using PaperNotebooks.Sources;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The diagnostics of a listing, shown as one table; <paramref name="Omitted"/> counts, per code, those the
/// reader did not keep.</summary>
internal sealed record DiagnosticList(IReadOnlyList<SourceDiagnostic> Diagnostics, IReadOnlyList<DiagnosticCount> Omitted);
