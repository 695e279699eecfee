using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Search;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Highlighted text in HTML: each matched range in <c>&lt;mark&gt;</c>, every piece encoded by PocketView.</summary>
internal static class HighlightView
{
    private const string Mark = "background:#fff8c5;padding:0 1px";

    public static IHtmlContent Html(HighlightedText text)
    {
        // PocketView has no mark tag of its own; its dynamic builder makes one and still encodes the content.
        var pieces = text.Segments()
            .Select(s => s.IsMatch ? (IHtmlContent)((dynamic)_).mark[style: Mark](s.Text) : s.Text.HtmlEncode())
            .ToList();
        return span(pieces);
    }
}
