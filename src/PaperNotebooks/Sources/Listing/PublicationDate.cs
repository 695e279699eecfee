using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>Turns a meta line's month, day and optional year into a date.</summary>
internal static class PublicationDate
{
    /// <summary>
    /// A date without a year gets the latest year that puts it on or before <paramref name="asOf"/>:
    /// the as-of year, or the year before when the date would fall after the as-of date. Feb 29 goes back to the
    /// latest leap year that fits.
    /// </summary>
    public static bool TryResolve(int month, int day, int? year, DateOnly asOf, out DateOnly date, out bool yearInferred)
    {
        date = default;
        yearInferred = year is null;
        if (!Exists(month, day)) return false;

        if (year is int y)
        {
            if (y is < 1 or > 9999 || day > DateTime.DaysInMonth(y, month)) return false;
            date = new DateOnly(y, month, day);
            return true;
        }

        for (int candidate = asOf.Year; candidate > asOf.Year - 9 && candidate > 0; candidate--)
        {
            if (day > DateTime.DaysInMonth(candidate, month)) continue;
            var d = new DateOnly(candidate, month, day);
            if (d <= asOf)
            {
                date = d;
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the month has that day in some year (Feb 29 included).</summary>
    public static bool Exists(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= MaxDay(month);

    private static int MaxDay(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
