using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperNotebooks.Charts;
using XPlot.Plotly;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>
/// XPlot.Plotly charts in notebook outputs. The HTML is <see cref="PlotlyHtml.Fragment"/>, which draws with
/// <c>window.Plotly</c> and says so visibly when it never appears; the output chosen to define it carries the embedded
/// plotly.js first (<see cref="PlotlyHtml.InlineScriptTag()"/>), so charts draw offline in every front end and in
/// exported pages. The text is a one-line description, for front ends and files that keep only text.
/// </summary>
internal static partial class ChartView
{
    // Escaping a 4.5 MB bundle is worth doing once per process.
    private static readonly Lazy<string> InlinePlotly = new(PlotlyHtml.InlineScriptTag);

    public static string Html(PlotlyChart chart, bool inlinePlotly)
    {
        string fragment = PlotlyHtml.Fragment(chart);
        return inlinePlotly ? InlinePlotly.Value + "\n" + fragment : fragment;
    }

    /// <summary><c>Chart: Papers per year, by category (Year 2021–2026)</c>.</summary>
    public static string Text(PlotlyChart chart)
    {
        using var figure = JsonDocument.Parse(PlotlyHtml.FigureJson(chart));
        var layout = figure.RootElement.GetProperty("layout");
        string title = PlainText(Title(layout));
        string text = "Chart: " + (title.Length > 0 ? title : "untitled");
        if (Span(figure.RootElement.GetProperty("data"), layout) is { } span) text += $" ({span})";
        return text;
    }

    /// <summary>The chart's title as plotly reads it (tags and entities included); "" for none.</summary>
    public static string Title(PlotlyChart chart)
    {
        using var figure = JsonDocument.Parse(PlotlyHtml.FigureJson(chart));
        return Title(figure.RootElement.GetProperty("layout"));
    }

    private static string Title(JsonElement layout)
    {
        if (!layout.TryGetProperty("title", out var title)) return "";
        if (title.ValueKind == JsonValueKind.Object && title.TryGetProperty("text", out var text)) title = text;
        return title.ValueKind == JsonValueKind.String ? title.GetString() ?? "" : "";
    }

    /// <summary>The first and last value of a category or date x axis, with its title: <c>Year 2021–2026</c>.</summary>
    private static string? Span(JsonElement data, JsonElement layout)
    {
        if (!layout.TryGetProperty("xaxis", out var axis) || axis.ValueKind != JsonValueKind.Object
            || !axis.TryGetProperty("type", out var type) || type.GetString() is not ("category" or "date")) return null;
        var x = data.EnumerateArray()
            .Select(trace => trace.TryGetProperty("x", out var values) && values.ValueKind == JsonValueKind.Array ? values : default)
            .FirstOrDefault(values => values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0);
        if (x.ValueKind != JsonValueKind.Array) return null;

        bool dates = type.GetString() == "date";
        string Value(JsonElement v)
        {
            string s = v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText();
            // Months are drawn at their first day; the month is what a reader wants.
            return dates && s.Length >= 7 ? s[..7] : PlainText(s);
        }
        string first = Value(x[0]), last = Value(x[x.GetArrayLength() - 1]);
        string axisTitle = axis.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? PlainText(t.GetString() ?? "") : "";
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
