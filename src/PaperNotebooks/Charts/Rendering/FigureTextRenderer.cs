using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PaperNotebooks.Charts.Figures;

namespace PaperNotebooks.Charts.Rendering;

/// <summary>A figure as one line of text, for front ends and files that keep only text:
/// <c>Chart: Papers per year, by category (Year 2021–2026)</c>.</summary>
public sealed partial class FigureTextRenderer : IFigureRenderer<string>
{
    public static FigureTextRenderer Instance { get; } = new();

    public string Render(ChartFigure figure, FigureRenderContext context) => Line(figure);

    public static string Line(ChartFigure figure)
    {
        string title = PlainText(figure.Title);
        string text = "Chart: " + (title.Length > 0 ? title : "untitled");
        return Span(figure) is { } span ? $"{text} ({span})" : text;
    }

    /// <summary>The first and last value of a category or date x axis, with its title: <c>Year 2021–2026</c>.</summary>
    private static string? Span(ChartFigure figure)
    {
        if (figure.Layout["xaxis"] is not JObject axis || (string?)(axis["type"] as JValue) is not ({ } type and ("category" or "date"))) return null;
        var x = figure.Data.OfType<JObject>().Select(trace => trace["x"] as JArray).FirstOrDefault(values => values is { Count: > 0 });
        if (x is null) return null;

        bool dates = type == "date";
        string Value(JToken v)
        {
            string s = v.Type == JTokenType.String ? (string)v! : v.ToString(Newtonsoft.Json.Formatting.None);
            // Months are drawn at their first day; the month is what a reader wants.
            return dates && s.Length >= 7 ? s[..7] : PlainText(s);
        }
        string first = Value(x[0]!), last = Value(x[x.Count - 1]!);
        string axisTitle = axis["title"] is JValue { Type: JTokenType.String } t ? PlainText((string)t!) : "";
        string range = first == last ? first : $"{first}–{last}";
        return axisTitle.Length > 0 ? $"{axisTitle} {range}" : range;
    }

    /// <summary>Plotly label text as plain text: line breaks become "; ", tags go, entities are decoded.</summary>
    private static string PlainText(string label) =>
        WebUtility.HtmlDecode(Tag().Replace(LineBreak().Replace(label, "; "), "")).Trim();

    [GeneratedRegex("<br\\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
