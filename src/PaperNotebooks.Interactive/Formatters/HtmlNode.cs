using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// An HTML element of the extension's views, typed: PocketView's tags are <c>dynamic</c>, and each call site of a view
/// is bound by the C# runtime binder the first time it runs (in the kernel the paper table's first rendering took
/// 25-56 ms and a search's results 35 ms, against under 2 ms for a second one). Text and attribute values are encoded
/// exactly as PocketView encodes them, so the views write the HTML they wrote with PocketView; <see cref="IHtmlContent"/>
/// children are written as they are.
/// </summary>
internal sealed class HtmlNode(string name) : IHtmlContent
{
    private List<(string Name, string Value)>? _attributes;
    private readonly List<object> _content = [];

    /// <summary><c>&lt;name&gt;content&lt;/name&gt;</c>: strings are encoded, HTML content is kept, lists are written
    /// item by item in order, nulls are left out.</summary>
    public static HtmlNode Of(string name, params object?[] content) => new HtmlNode(name).With(content);

    /// <summary>Adds the content after what the element holds.</summary>
    public HtmlNode With(params object?[] content)
    {
        foreach (var item in content)
        {
            if (item is not null) _content.Add(item);
        }
        return this;
    }

    /// <summary>Sets an attribute; a null value leaves it out.</summary>
    public HtmlNode Attr(string attribute, string? value)
    {
        if (value is not null) (_attributes ??= []).Add((attribute, value));
        return this;
    }

    public HtmlNode Style(string style) => Attr("style", style);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write('<');
        writer.Write(name);
        foreach (var (attribute, value) in _attributes ?? [])
        {
            writer.Write(' ');
            writer.Write(attribute);
            writer.Write("=\"");
            WriteAttributeValue(value, writer);
            writer.Write('"');
        }
        writer.Write('>');
        foreach (var item in _content) Write(item, writer, encoder);
        writer.Write("</");
        writer.Write(name);
        writer.Write('>');
    }

    private static void Write(object item, TextWriter writer, HtmlEncoder encoder)
    {
        switch (item)
        {
            case string text:
                writer.Write(WebUtility.HtmlEncode(text));
                break;
            case IHtmlContent html:
                html.WriteTo(writer, encoder);
                break;
            case System.Collections.IEnumerable many:
                foreach (var part in many)
                {
                    if (part is not null) Write(part, writer, encoder);
                }
                break;
            default:
                writer.Write(WebUtility.HtmlEncode(item.ToString()));
                break;
        }
    }

    /// <summary>As PocketView writes attribute values: <c>&amp; " ' &lt;</c> encoded, everything else as it is.</summary>
    private static void WriteAttributeValue(string value, TextWriter writer)
    {
        int from = 0;
        for (int i = 0; i < value.Length; i++)
        {
            string? entity = value[i] switch { '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", '<' => "&lt;", _ => null };
            if (entity is null) continue;
            writer.Write(value.AsSpan(from, i - from));
            writer.Write(entity);
            from = i + 1;
        }
        writer.Write(value.AsSpan(from));
    }

    /// <summary>The element as HTML.</summary>
    public override string ToString() => Render(this);

    /// <summary>Any HTML content as a string (PocketView's as its <c>ToString</c> writes it).</summary>
    public static string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
