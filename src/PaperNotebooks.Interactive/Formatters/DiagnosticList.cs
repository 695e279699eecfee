using PaperNotebooks.Listing;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>The diagnostics of a listing, shown as one table.</summary>
internal sealed record DiagnosticList(IReadOnlyList<ListingDiagnostic> Diagnostics);
