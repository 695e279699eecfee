namespace PaperNotebooks.Sources.BibTex;

/// <summary>BibTeX's month macros (<c>jan</c> ... <c>dec</c>), what they expand to, and reading a month field back.</summary>
internal static class BibTexMonths
{
    /// <summary>The month names the macros expand to, January first.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The macro of month 1 to 12 (<c>jan</c>).</summary>
    public static string Macro(int month) => Names[month - 1][..3].ToLowerInvariant();

    /// <summary>The month a field gives: a number 1 to 12, or a name or macro in any case (<c>Sep</c>, <c>September</c>); else null.</summary>
    public static int? Parse(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
            return number is >= 1 and <= 12 ? number : null;
        if (text.Length < 3) return null;
        for (int month = 1; month <= 12; month++)
        {
            if (Names[month - 1].StartsWith(text[..3], StringComparison.OrdinalIgnoreCase)) return month;
        }
        return null;
    }
}
