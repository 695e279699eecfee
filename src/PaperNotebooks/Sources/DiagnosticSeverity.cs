namespace PaperNotebooks.Sources;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
