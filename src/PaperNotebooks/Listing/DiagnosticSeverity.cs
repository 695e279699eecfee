namespace PaperNotebooks.Listing;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
