using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// Listing diagnostics: line, severity, code and message, one a row, for at most <see cref="MostRows"/>; the rest are
/// counted per code. Bounded whatever it is given, so that a listing of a million bad lines still shows in the cell.
/// </summary>
internal static class DiagnosticsView
{
    /// <summary>The reader keeps 100 diagnostics by default; a view never shows more rows than that.</summary>
    public const int MostRows = 100;

    public static string Headline(DiagnosticList list)
    {
        int errors = list.Omitted.Where(o => o.Severity == DiagnosticSeverity.Error).Sum(o => o.Count);
        int warnings = list.Omitted.Where(o => o.Severity == DiagnosticSeverity.Warning).Sum(o => o.Count);
        int others = list.Omitted.Sum(o => o.Count) - errors - warnings;
        foreach (var d in list.Diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error) errors++;
            else if (d.Severity == DiagnosticSeverity.Warning) warnings++;
            else others++;
        }
        var parts = new List<string>();
        if (errors > 0) parts.Add(PaperText.Plural(errors, "error", "errors"));
        if (warnings > 0) parts.Add(PaperText.Plural(warnings, "warning", "warnings"));
        if (others > 0) parts.Add(PaperText.Plural(others, "note", "notes"));
        return parts.Count == 0 ? "No diagnostics." : string.Join(", ", parts) + ":";
    }

    public static IHtmlContent Html(DiagnosticList list)
    {
        var rows = Shown(list).Select(d => (IHtmlContent)HtmlNode.Of("tr",
                HtmlNode.Of("td", d.Line > 0 ? "line " + d.Line.ToString(CultureInfo.InvariantCulture) : "file").Style(HtmlStyles.Cell + ";text-align:right"),
                HtmlNode.Of("td", d.SeverityText).Style(HtmlStyles.Cell + ";" + Color(d.Severity)),
                HtmlNode.Of("td", HtmlNode.Of("code", d.Code)).Style(HtmlStyles.Cell),
                HtmlNode.Of("td", d.Message).Style(HtmlStyles.Cell))
            .Attr("class", $"diagnostic-{d.SeverityText}")).ToList();
        IHtmlContent? body = rows.Count == 0 ? null : HtmlNode.Of("table", HtmlNode.Of("tbody", rows)).Style(HtmlStyles.Table);
        var rest = NotShown(list).Select(c => (IHtmlContent)HtmlNode.Of("div", c.ToString()).Style(HtmlStyles.Muted)).ToList();
        return HtmlNode.Of("div", HtmlNode.Of("div", Headline(list)).Style(HtmlStyles.Muted), body, rest).Attr("class", "paper-diagnostics");
    }

    private static string Color(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => HtmlStyles.Error,
        DiagnosticSeverity.Warning => HtmlStyles.Warning,
        _ => HtmlStyles.Muted,
    };

    /// <summary>One line per diagnostic shown (<c>line 12: warning PN006: message</c>), then one per code not shown.</summary>
    public static string Text(DiagnosticList list)
    {
        var text = new StringBuilder(Headline(list));
        foreach (var d in Shown(list))
        {
            text.AppendLine().Append("  ").Append(Line(d));
        }
        foreach (var count in NotShown(list))
        {
            text.AppendLine().Append("  ").Append(count.ToString());
        }
        return text.ToString();
    }

    public static string Line(SourceDiagnostic d) =>
        (d.Line > 0 ? $"line {d.Line.ToString(CultureInfo.InvariantCulture)}: " : "") + $"{d.SeverityText} {d.Code}: {d.Message}";

    private static IEnumerable<SourceDiagnostic> Shown(DiagnosticList list) => list.Diagnostics.Take(MostRows);

    /// <summary>Per code and severity, the diagnostics past <see cref="MostRows"/> and those the reader did not keep,
    /// most frequent first.</summary>
    private static IEnumerable<DiagnosticCount> NotShown(DiagnosticList list)
    {
        var counts = new Dictionary<(string Code, DiagnosticSeverity Severity), int>();
        for (int i = MostRows; i < list.Diagnostics.Count; i++)
        {
            var key = (list.Diagnostics[i].Code, list.Diagnostics[i].Severity);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var omitted in list.Omitted)
        {
            var key = (omitted.Code, omitted.Severity);
            counts[key] = counts.GetValueOrDefault(key) + omitted.Count;
        }
        return counts
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Code, StringComparer.Ordinal)
            .Select(c => new DiagnosticCount(c.Key.Code, c.Key.Severity, c.Value));
    }

}
