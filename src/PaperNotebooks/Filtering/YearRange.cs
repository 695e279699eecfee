using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PaperNotebooks.Text;

namespace PaperNotebooks.Filtering;

/// <summary>The years a filter keeps, from <c>2024</c> or <c>2021..2024</c>.</summary>
public readonly record struct YearRange(int First, int Last)
{
    public bool Contains(int year) => year >= First && year <= Last;

    /// <summary>Reads <c>2024</c> or <c>2021..2024</c>; otherwise <paramref name="error"/> says what is wrong, as a sentence.</summary>
    public static bool TryParse(string text, out YearRange range, [NotNullWhen(false)] out string? error)
    {
        string value = text.Trim();
        int dots = value.IndexOf("..", StringComparison.Ordinal);
        range = default;
        error = null;
        if (dots < 0 && TryYear(value, out int year))
        {
            range = new YearRange(year, year);
            return true;
        }
        if (dots > 0 && TryYear(value[..dots], out int first) && TryYear(value[(dots + 2)..], out int last))
        {
            if (first <= last)
            {
                range = new YearRange(first, last);
                return true;
            }
            error = $"--year {value}: the range starts after it ends; write {last}..{first}.";
            return false;
        }
        error = $"--year takes a year (2024) or a range of years (2021..2024), not '{Excerpt.Of(value)}'.";
        return false;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4;

    public override string ToString() => First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}..{Last}";
}
