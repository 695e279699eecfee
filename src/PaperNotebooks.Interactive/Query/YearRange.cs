using System.Globalization;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Query;

/// <summary>The years a filter keeps, from <c>2024</c> or <c>2021..2024</c>.</summary>
internal readonly record struct YearRange(int First, int Last)
{
    public bool Contains(int year) => year >= First && year <= Last;

    public static YearRange Parse(string text)
    {
        string value = text.Trim();
        int dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0 && TryYear(value, out int year)) return new YearRange(year, year);
        if (dots > 0 && TryYear(value[..dots], out int first) && TryYear(value[(dots + 2)..], out int last))
        {
            if (first > last) throw new PaperCommandException($"--year {value}: the range starts after it ends; write {last}..{first}.");
            return new YearRange(first, last);
        }
        throw new PaperCommandException($"--year takes a year (2024) or a range of years (2021..2024), not {PaperCommandException.Quote(value)}.");
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4;

    public override string ToString() => First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}..{Last}";
}
