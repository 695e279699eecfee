namespace PaperNotebooks.Sources;

/// <summary>Diagnostics of one code that were counted but not kept, past <see cref="Listing.ListingReadOptions.MaxDiagnostics"/>.</summary>
public sealed record DiagnosticCount(string Code, DiagnosticSeverity Severity, int Count)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count:N0} more {Code} {(Severity == DiagnosticSeverity.Error ? "error" : Severity == DiagnosticSeverity.Warning ? "warning" : "note")}{(Count == 1 ? "" : "s")} not shown");
}
