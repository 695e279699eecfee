using Microsoft.AspNetCore.Html;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Highlighted text in HTML: each matched range in <c>&lt;mark&gt;</c>, every piece encoded.</summary>
internal static class HighlightView
{
    private const string Mark = "background:#fff8c5;padding:0 1px";

    public static HtmlNode Html(HighlightedText text) =>
        HtmlNode.Of("span", text.Segments().Select(s => s.IsMatch ? HtmlNode.Of("mark", s.Text).Style(Mark) : (object)s.Text).ToArray());
}
