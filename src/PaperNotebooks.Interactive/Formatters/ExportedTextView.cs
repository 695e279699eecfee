using Microsoft.DotNet.Interactive.Formatting;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>An export shown rather than written: a caption and the text in a preformatted block.</summary>
internal static class ExportedTextView
{
    public static string Caption(ExportedText export) => $"{PaperText.Plural(export.Papers, "paper", "papers")} as {export.Format}:";

    public static PocketView Html(ExportedText export) =>
        div[@class: "paper-export"](div[style: HtmlStyles.Muted](Caption(export)), pre(export.Text));

    public static string Text(ExportedText export) => export.Text;
}
