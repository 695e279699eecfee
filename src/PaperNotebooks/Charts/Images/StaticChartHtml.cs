using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace PaperNotebooks.Charts.Images;

/// <summary>
/// Puts a chart's static image into its HTML output, inside the element plotly.js draws into: where scripts do not
/// run (GitHub's preview, an untrusted notebook, nbconvert without scripts, a mail, a PDF) the image is the chart; where
/// they run, a small script beside it removes the image as soon as plotly.js has drawn the element, so no static copy
/// stays beside the interactive chart. If plotly.js never draws, the image stays.
/// </summary>
public static partial class StaticChartHtml
{
    /// <summary>The class of the fallback image, so that it is found again (and never added twice).</summary>
    public const string ImageClass = "papernb-static";

    /// <summary>Whether the output already carries a fallback image for the element <paramref name="elementId"/>.</summary>
    public static bool HasImage(string html, string elementId) =>
        html.Contains($"data-papernb-static-for=\"{WebUtility.HtmlEncode(elementId)}\"", StringComparison.Ordinal);

    /// <summary><paramref name="html"/> with <paramref name="image"/> as the first child of the element
    /// <paramref name="elementId"/>, and the script that removes it once plotly.js draws; unchanged when that element
    /// is not found or already has its image.</summary>
    public static string WithImage(string html, string elementId, ChartImage image, string description)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(image);
        if (HasImage(html, elementId)) return html;
        string id = WebUtility.HtmlEncode(elementId);
        string img = string.Create(CultureInfo.InvariantCulture,
            $"<img class=\"{ImageClass}\" data-papernb-static-for=\"{id}\" alt=\"{WebUtility.HtmlEncode(description)}\" width=\"{image.Width}\" height=\"{image.Height}\" " +
            $"style=\"display: block; width: 100%; max-width: {image.Width}px; height: auto;\" src=\"data:image/png;base64,{image.Base64}\">");
        return Insert(html, elementId, img);
    }

    /// <summary><paramref name="to"/> with the fallback image that <paramref name="from"/> holds for the element
    /// <paramref name="elementId"/> (and its removing script); unchanged when <paramref name="from"/> has none. For a
    /// chart drawn anew from the same figure under the same id.</summary>
    public static string WithImageOf(string from, string to, string elementId)
    {
        var img = Regex.Match(from, $"<img class=\"{ImageClass}\" data-papernb-static-for=\"{Regex.Escape(WebUtility.HtmlEncode(elementId))}\"[^>]*>");
        return img.Success && !HasImage(to, elementId) ? Insert(to, elementId, img.Value) : to;
    }

    private static string Insert(string html, string elementId, string img)
    {
        var open = Regex.Match(html, $"<div[^>]*\\bid=\"{Regex.Escape(WebUtility.HtmlEncode(elementId))}\"[^>]*>");
        if (!open.Success) return html;
        string remover = "<script type=\"text/javascript\">\n" + Remover.Replace("{{id}}", JsonConvert.ToString(elementId, '"', StringEscapeHandling.EscapeHtml), StringComparison.Ordinal) + "\n</script>";
        int close = html.IndexOf("</div>", open.Index + open.Length, StringComparison.Ordinal);
        if (close < 0) return html;
        int end = open.Index + open.Length;
        return new System.Text.StringBuilder(html.Length + img.Length + remover.Length + 1)
            .Append(html, 0, end).Append(img).Append(html, end, close + 6 - end).Append('\n').Append(remover).Append(html, close + 6, html.Length - close - 6)
            .ToString();
    }

    /// <summary>Polls for plotly.js's mark on the element (the <c>js-plotly-plot</c> class, set when it draws), then
    /// removes the image; gives up after two minutes, leaving the image, if plotly.js never draws.</summary>
    private const string Remover = """
        (function () {
          var id = {{id}}, started = Date.now();
          (function check() {
            var div = document.getElementById(id);
            var img = div && div.querySelector("img.papernb-static");
            if (!img) return;
            if (div.classList.contains("js-plotly-plot")) { img.parentNode.removeChild(img); return; }
            if (Date.now() - started < 120000) setTimeout(check, 50);
          })();
        })();
        """;
}
