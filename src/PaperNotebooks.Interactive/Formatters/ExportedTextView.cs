using Microsoft.AspNetCore.Html;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>An export shown rather than written: a caption and the text in a preformatted block.</summary>
internal static class ExportedTextView
{
    public static string Caption(ExportedText export) => $"{PaperText.Plural(export.Papers, "paper", "papers")} as {export.Format}:";

    public static IHtmlContent Html(ExportedText export) =>
        HtmlNode.Of("div", HtmlNode.Of("div", Caption(export)).Style(HtmlStyles.Muted), HtmlNode.Of("pre", export.Text)).Attr("class", "paper-export");

    public static string Text(ExportedText export) => export.Text;
}
