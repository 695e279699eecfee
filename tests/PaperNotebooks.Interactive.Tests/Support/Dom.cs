using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>HTML output parsed as a browser would, so that tests query elements and attributes instead of matching text.</summary>
internal static class Dom
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Every attribute whose name starts with <c>on</c> (event handlers), on any element.</summary>
    public static IEnumerable<IAttr> EventHandlers(IDocument document) =>
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));

    /// <summary>The text of the element, whitespace runs made single spaces.</summary>
    public static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
