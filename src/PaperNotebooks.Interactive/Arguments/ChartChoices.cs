using System.Globalization;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Arguments;

/// <summary>Reads the values of choice and count parameters (<c>--by</c>, <c>--chart</c>, <c>--top</c>); a bad value fails the cell.</summary>
internal static class ChartChoices
{
    /// <summary>How many: <paramref name="fallback"/> when <c>--top</c> is not given.</summary>
    public static int Count(string? text, int fallback, int most, string parameter = "--top") => OptionalCount(text, most, parameter) ?? fallback;

    /// <summary>How many; null when <c>--top</c> is not given.</summary>
    public static int? OptionalCount(string? text, int most, string parameter = "--top")
    {
        if (text is null) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int top) && top >= 1 && top <= most) return top;
        throw new PaperCommandException($"{parameter} takes a whole number from 1 to {most}, not {PaperCommandException.Quote(text.Trim())}.");
    }

    /// <summary>The value named <paramref name="text"/> (ignoring case) among <paramref name="names"/>, or <paramref name="fallback"/> when not given.</summary>
    public static T Choose<T>(string parameter, string? text, IReadOnlyList<string> names, T fallback, IReadOnlyList<T> values)
    {
        if (text is null) return fallback;
        string typed = text.Trim();
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], typed, StringComparison.OrdinalIgnoreCase)) return values[i];
        }
        throw new PaperCommandException($"{parameter} takes {Either(names)}, not {PaperCommandException.Quote(typed)}." + PaperNotebooks.Text.NearestName.Hint(typed, names));
    }

    /// <summary><c>bar, pie or treemap</c>.</summary>
    private static string Either(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
}
