using CsCheck;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Interactive.Formatters;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Tests.Formatters;

/// <summary>The typed elements of the first views write, character for character, what PocketView writes.</summary>
public sealed class HtmlNodeTests
{
    // Markup characters, entities' own characters, Latin-1, other scripts, a surrogate pair and control characters.
    private static readonly Gen<string> Texts = Gen.Char["ab <>&\"'ü\u00a0日\t\n;#="].Array[0, 12].Select(chars => new string(chars))
        .SelectMany(text => Gen.Bool.Select(emoji => emoji ? text + "\U0001F600" : text));

    [Fact]
    public void Text_and_attribute_values_are_encoded_as_PocketView_encodes_them()
    {
        Gen.Select(Texts, Texts, Texts).Sample((text, style, title) =>
        {
            IHtmlContent pocket = td[style: style, title: title](text, span(text), text.HtmlEncode());
            var typed = HtmlNode.Of("td", text, HtmlNode.Of("span", text), text.HtmlEncode()).Style(style).Attr("title", title);
            Assert.Equal(pocket.ToString(), typed.ToString());
            Assert.Equal(HtmlNode.Render(pocket), HtmlNode.Render(typed));
        }, iter: 500);
    }

    [Fact]
    public void Lists_of_content_are_written_in_order_and_nulls_and_null_attributes_left_out()
    {
        var rows = new List<IHtmlContent> { HtmlNode.Of("tr", "1"), tr("2"), HtmlNode.Of("tr", "3") };
        var typed = HtmlNode.Of("tbody", rows, null).Attr("title", null).With(HtmlNode.Of("tr"));

        Assert.Equal("<tbody><tr>1</tr><tr>2</tr><tr>3</tr><tr></tr></tbody>", typed.ToString());
        Assert.Equal(tbody(rows, tr()).ToString(), typed.ToString());
        // A list of text and elements mixed, as a view may gather them: each item written as itself.
        Assert.Equal("<span>a &lt; b<b>c</b></span>", HtmlNode.Of("span", new List<object?> { "a < b", null, HtmlNode.Of("b", "c") }).ToString());
    }
}
