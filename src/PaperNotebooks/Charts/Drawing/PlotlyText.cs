using System.Globalization;
using System.Text;
using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Charts.Drawing;

/// <summary>
/// Text for plotly labels and hover boxes. Plotly reads a small set of HTML-like tags (<c>&lt;br&gt;</c>, <c>&lt;b&gt;</c>)
/// and entities in them, so text from a listing is entity-encoded before it gets there: a title with <c>&lt;b&gt;</c>
/// in it stays text.
/// </summary>
internal static class PlotlyText
{
    public const int TitleLength = 80;

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>The text cut to <paramref name="length"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Shorten(string text, int length = TitleLength)
    {
        if (text.Length <= length) return text;
        int cut = length - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return text[..cut].TrimEnd() + "…";
    }

    public static string Papers(int count) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + (count == 1 ? " paper" : " papers");

    /// <summary>A hover box: the heading (already escaped), then the group's sample titles.</summary>
    public static string Hover(string heading, PaperGroup group) =>
        group.Titles.Count == 0 ? heading : heading + "<br>" + TitleLines(group);

    /// <summary>The sample titles one per line, then how many more papers there are.</summary>
    public static string TitleLines(PaperGroup group)
    {
        var text = new StringBuilder();
        foreach (var title in group.Titles)
            text.Append(text.Length == 0 ? "• " : "<br>• ").Append(Escape(Shorten(title)));
        int more = group.Papers - group.Titles.Count;
        if (more > 0 && group.Titles.Count > 0)
            text.Append("<br>… and ").Append(more.ToString("N0", CultureInfo.InvariantCulture)).Append(" more");
        return text.ToString();
    }

    /// <summary>A left margin wide enough for the longest label, within reason.</summary>
    public static double MarginFor(IEnumerable<string> labels, double min = 60, double max = 380) =>
        Math.Clamp(labels.Select(l => l.Length).DefaultIfEmpty(0).Max() * 7 + 30, min, max);
}
