using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Listing;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Listing diagnostics: line, severity, code and message, one a row.</summary>
internal static class DiagnosticsView
{
    public static string Headline(IReadOnlyList<ListingDiagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int others = diagnostics.Count - errors - warnings;
        var parts = new List<string>();
        if (errors > 0) parts.Add(PaperText.Plural(errors, "error", "errors"));
        if (warnings > 0) parts.Add(PaperText.Plural(warnings, "warning", "warnings"));
        if (others > 0) parts.Add(PaperText.Plural(others, "note", "notes"));
        return parts.Count == 0 ? "No diagnostics." : string.Join(", ", parts) + ":";
    }

    public static PocketView Html(IReadOnlyList<ListingDiagnostic> diagnostics)
    {
        var rows = diagnostics.Select(d => (IHtmlContent)tr[@class: $"diagnostic-{d.SeverityText}"](
            td[style: HtmlStyles.Cell + ";text-align:right"](d.Line > 0 ? "line " + d.Line.ToString(CultureInfo.InvariantCulture) : "file"),
            td[style: HtmlStyles.Cell + ";" + Color(d.Severity)](d.SeverityText),
            td[style: HtmlStyles.Cell](code(d.Code)),
            td[style: HtmlStyles.Cell](d.Message))).ToList();
        IHtmlContent body = rows.Count == 0 ? "".HtmlEncode() : table[style: HtmlStyles.Table](tbody(rows));
        return div[@class: "paper-diagnostics"](div[style: HtmlStyles.Muted](Headline(diagnostics)), body);
    }

    private static string Color(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => HtmlStyles.Error,
        DiagnosticSeverity.Warning => HtmlStyles.Warning,
        _ => HtmlStyles.Muted,
    };

    /// <summary>One line per diagnostic: <c>line 12: warning PN006: message</c>.</summary>
    public static string Text(IReadOnlyList<ListingDiagnostic> diagnostics)
    {
        var text = new StringBuilder(Headline(diagnostics));
        foreach (var d in diagnostics)
        {
            text.AppendLine().Append("  ").Append(Line(d));
        }
        return text.ToString();
    }

    public static string Line(ListingDiagnostic d) =>
        (d.Line > 0 ? $"line {d.Line.ToString(CultureInfo.InvariantCulture)}: " : "") + $"{d.SeverityText} {d.Code}: {d.Message}";
}
