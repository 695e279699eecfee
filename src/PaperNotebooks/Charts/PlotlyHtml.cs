using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using PaperNotebooks.Charts.Figures;
using XPlot.Plotly;

namespace PaperNotebooks.Charts;

/// <summary>
/// Renders a chart (a <see cref="ChartFigure"/>, or an XPlot.Plotly chart) as an HTML fragment that draws itself in Jupyter (classic, with require.js, and Lab),
/// in Polyglot Notebooks and in exported HTML, and that says so in place of the chart when plotly.js cannot be loaded
/// instead of staying blank.
/// </summary>
/// <remarks>
/// The fragment's script uses <c>window.Plotly</c> when the page has it (for instance after <see cref="InlineScriptTag(string)"/>);
/// else, when the page has require.js, it loads <see cref="PlotlyHtmlOptions.ScriptUrl"/> through a require.js path of
/// its own; else it adds a script element for that URL. It never loads anything the caller did not give.
/// </remarks>
public static partial class PlotlyHtml
{
    /// <summary>The start of the text a chart shows when plotly.js did not load in time.</summary>
    public const string LoadFailureMessage = "This chart could not load plotly.js";

    /// <summary>A <c>div</c> sized as the chart, and the script that draws the chart in it.</summary>
    public static string Fragment(PlotlyChart chart, PlotlyHtmlOptions? options = null) => Fragment(ChartFigure.From(chart), options);

    /// <summary>A <c>div</c> sized as the figure, and the script that draws the figure in it.</summary>
    public static string Fragment(ChartFigure figure, PlotlyHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        options ??= PlotlyHtmlOptions.Default;
        string id = options.ElementId ?? "papernb-plot-" + Guid.NewGuid().ToString("N");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = Js(id),
            ["src"] = Js(options.ScriptUrl),
            ["timeout"] = ((long)options.LoadTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["message"] = Js(LoadFailureMessage),
            ["figure"] = FigureJson(figure),
        };
        // One pass, so text inside the figure that looks like a placeholder stays as it is.
        string script = Placeholder().Replace(Loader, match => values[match.Groups[1].Value]);
        return $"""
            <div id="{WebUtility.HtmlEncode(id)}" class="papernb-chart" style="width: 100%; max-width: {figure.Width}px; height: {figure.Height}px;"></div>
            <script type="text/javascript">
            {script}
            </script>
            """;
    }

    /// <summary>The chart's plotly figure, <c>{"data":[...],"layout":{...}}</c>, with <c>&lt;</c> and <c>&gt;</c> escaped
    /// so it can sit in a script element.</summary>
    public static string FigureJson(PlotlyChart chart) => FigureJson(ChartFigure.From(chart));

    /// <inheritdoc cref="FigureJson(PlotlyChart)"/>
    public static string FigureJson(ChartFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // \u003c for <, so no title can close the script element the JSON sits in; also > & ' ".
        using (var json = new JsonTextWriter(text) { StringEscapeHandling = StringEscapeHandling.EscapeHtml, Formatting = Formatting.None })
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            figure.Data.WriteTo(json);
            json.WritePropertyName("layout");
            figure.Layout.WriteTo(json);
            json.WriteEndObject();
        }
        return text.ToString();
    }

    /// <summary>
    /// A script element that defines <c>window.Plotly</c> from the given plotly.js source, for a page that must work
    /// offline (an exported notebook): put it once, before the charts. It does nothing when the page already has
    /// plotly, and it hides require.js's <c>define</c> from the bundle, which would otherwise register itself as an
    /// anonymous module and leave <c>window.Plotly</c> unset.
    /// </summary>
    public static string InlineScriptTag(string plotlyJs)
    {
        ArgumentNullException.ThrowIfNull(plotlyJs);
        // Inside strings, regular expressions and comments "\x3C" reads as "<", but it cannot end the script element.
        string safe = ScriptBreakers().Replace(plotlyJs, @"\x3C$1");
        return InlineScriptOpen + safe + InlineScriptClose;
    }

    private const string InlineScriptOpen = "<script type=\"text/javascript\">\n" + InlineScriptStart;
    private const string InlineScriptClose = "\n}).call(window);\n}\n</script>";

    /// <summary>Whether <paramref name="html"/> holds a script element made by <see cref="InlineScriptTag(string)"/>.</summary>
    public static bool HasInlineScript(string html) => html.Contains(InlineScriptStart, StringComparison.Ordinal);

    private const string InlineScriptStart = "if (!window.Plotly) {\n(function (define, module, exports) {\n";

    /// <summary><see cref="InlineScriptTag(string)"/> with the plotly.js embedded in this library (<see cref="PlotlyScript"/>),
    /// decoded straight into the tag: a notebook's first chart makes one 9 MB string, not three.</summary>
    public static string InlineScriptTag()
    {
        var utf8 = PlotlyScript.Utf8;
        int length = Encoding.UTF8.GetCharCount(utf8.Span);
        string tag = string.Create(InlineScriptOpen.Length + length + InlineScriptClose.Length, utf8, (text, bytes) =>
        {
            InlineScriptOpen.CopyTo(text);
            Encoding.UTF8.GetChars(bytes.Span, text[InlineScriptOpen.Length..]);
            InlineScriptClose.CopyTo(text[^InlineScriptClose.Length..]);
        });
        // A bundle that holds something that would end the script element goes the long way, which escapes it.
        return ScriptBreakers().IsMatch(tag.AsSpan(InlineScriptOpen.Length, length)) ? InlineScriptTag(PlotlyScript.Source) : tag;
    }

    private static string Js(string? value) =>
        value is null ? "null" : JsonConvert.ToString(value, '"', StringEscapeHandling.EscapeHtml);

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<(/script|!--)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptBreakers();

    private const string Loader = """
        (function () {
          var id = {{id}}, src = {{src}}, timeout = {{timeout}}, message = {{message}};
          var figure = {{figure}};
          var config = { responsive: true, displaylogo: false };
          var started = Date.now(), done = false;
          function element() { return document.getElementById(id); }
          function say(text) {
            var div = element();
            if (!div) return;
            div.setAttribute("data-papernb-error", "plotly");
            // A static image of the chart (StaticChartHtml) says more than the message: keep it, with the message as its tooltip.
            if (div.querySelector("img.papernb-static")) { div.title = text; return; }
            div.textContent = text;
            div.style.height = "auto";
            div.style.padding = "12px";
            div.style.border = "1px solid #d33";
            div.style.color = "#a00";
            div.style.background = "#fff5f5";
            div.style.fontFamily = "sans-serif";
          }
          function draw(Plotly) {
            var div = element();
            if (done || !div || !Plotly || typeof Plotly.newPlot !== "function") return false;
            done = true;
            try {
              var drawn = Plotly.newPlot(div, figure.data, figure.layout, config);
              if (drawn && typeof drawn.then === "function") drawn.then(null, function (e) { say("This chart could not be drawn: " + e); });
            } catch (e) {
              say("This chart could not be drawn: " + e);
            }
            return true;
          }
          function failed() {
            var tag = document.querySelector("script[data-papernb-plotly]");
            return tag && tag.getAttribute("data-papernb-plotly") === "failed";
          }
          function wait() {
            if (done || draw(window.Plotly)) return;
            if (failed() || Date.now() - started > timeout) {
              done = true;
              say(message + (src ? " from " + src : "") + ".");
              return;
            }
            setTimeout(wait, 50);
          }
          if (!window.Plotly) {
            var amd = typeof window.define === "function" && window.define.amd && typeof window.require === "function";
            if (amd) {
              // The bundle registers itself as an AMD module here, so ask require.js for it: under our own path
              // when we were given a URL, else as "plotly" if the page configured or loaded that.
              var context = window.requirejs && window.requirejs.s && window.requirejs.s.contexts && window.requirejs.s.contexts._;
              var known = (window.require.defined && window.require.defined("plotly")) || (context && context.config.paths && context.config.paths.plotly);
              var name = src ? "papernb-plotly" : known ? "plotly" : null;
              if (src) {
                var paths = {};
                paths[name] = src.replace(/\.js$/, "");
                window.require.config({ paths: paths });
              }
              if (name) window.require([name], function (Plotly) { draw(Plotly); }, function () { });
            } else if (src && !document.querySelector("script[data-papernb-plotly]")) {
              var tag = document.createElement("script");
              tag.src = src;
              tag.setAttribute("data-papernb-plotly", "loading");
              tag.onload = function () { tag.setAttribute("data-papernb-plotly", "loaded"); };
              tag.onerror = function () { tag.setAttribute("data-papernb-plotly", "failed"); };
              document.head.appendChild(tag);
            }
          }
          wait();
        })();
        """;
}
