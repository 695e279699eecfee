using System.Net;
using System.Text.RegularExpressions;

namespace PaperNotebooks.Text;

/// <summary>
/// Text that a source wrote with inline HTML or JATS/MathML markup as plain text: OpenAlex titles and abstracts carry
/// <c>&lt;i&gt;E. coli&lt;/i&gt;</c>, <c>H&lt;sub&gt;2&lt;/sub&gt;O</c>, <c>&lt;jats:p&gt;</c> and entities such as
/// <c>&amp;amp;</c>. Only tags of the known inline and paragraph kinds go, so a title that says <c>x &lt; y</c> or
/// <c>&lt;3</c> keeps it; entities are decoded once. Text without <c>&lt;</c> or <c>&amp;</c> is returned as it is.
/// </summary>
internal static partial class InlineMarkup
{
    public static string ToPlain(string text)
    {
        if (text.AsSpan().IndexOfAny('<', '&') < 0) return text;
        string plain = Tag().Replace(text, match => match.Groups["block"].Success ? " " : "");
        if (plain.Contains('&')) plain = WebUtility.HtmlDecode(plain);
        return Whitespace.Collapse(plain);
    }

    // Inline formatting (kept as its text) and paragraph-like tags (a space), with or without a jats:/mml: prefix and
    // attributes; a whole MathML element's tags go the same way, leaving its text.
    [GeneratedRegex(@"</?(?:(?<block>(?:jats:)?(?:p|title|sec|br|list|list-item))|(?:jats:|mml:)?(?:i|b|u|em|strong|sub|sup|sc|scp|span|italic|bold|underline|monospace|small|big|tt|math|mi|mo|mn|ms|mrow|msub|msup|msubsup|mfrac|msqrt|mroot|mtext|mspace|mover|munder|munderover|mstyle|semantics|annotation|inline-formula))(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
