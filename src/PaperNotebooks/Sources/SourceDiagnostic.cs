namespace PaperNotebooks.Sources;

/// <summary>Something the reader noticed about one line of a listing.</summary>
/// <param name="Code">A stable code such as <c>PN002</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Line">The 1-based line it concerns; 0 when it concerns the whole file.</param>
public sealed record SourceDiagnostic(string Code, DiagnosticSeverity Severity, string Source, int Line, string Message)
{
    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The compiler-style form: <c>path:line: severity CODE: message</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{Source}:{Line}: {SeverityText} {Code}: {Message}" : $"{Source}: {SeverityText} {Code}: {Message}";
}
