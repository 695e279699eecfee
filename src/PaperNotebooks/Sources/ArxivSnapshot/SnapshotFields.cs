using System.Globalization;
using PaperNotebooks.Model;

namespace PaperNotebooks.Sources.ArxivSnapshot;

/// <summary>The snapshot's dates and ids as written: <c>"Mon, 2 Apr 2007 19:18:42 GMT"</c>, <c>"2008-11-13"</c>, <c>0704.0001</c>.</summary>
internal static class SnapshotFields
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The date of a version's <c>created</c> (RFC 1123 style, the day name optional); null when it is not one.</summary>
    public static DateOnly? VersionDate(ReadOnlySpan<byte> text)
    {
        int comma = text.IndexOf((byte)',');
        if (comma >= 0) text = text[(comma + 1)..];
        text = text.Trim(" "u8);
        // d MMM yyyy ...
        int space = text.IndexOf((byte)' ');
        if (space is < 1 or > 2 || !Number(text[..space], out int day)) return null;
        text = text[(space + 1)..];
        if (text.Length < 8 || text[3] != (byte)' ') return null;
        int month = 0;
        for (int m = 0; m < 12; m++)
        {
            if (text[0] == Months[m][0] && text[1] == Months[m][1] && text[2] == Months[m][2]) month = m + 1;
        }
        if (month == 0 || !Number(text.Slice(4, 4), out int year)) return null;
        return Valid(year, month, day);
    }

    /// <summary><c>yyyy-MM-dd</c>; null otherwise.</summary>
    public static DateOnly? IsoDate(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-') return null;
        if (!Number(text[..4], out int year) || !Number(text.Slice(5, 2), out int month) || !Number(text.Slice(8, 2), out int day)) return null;
        return Valid(year, month, day);
    }

    /// <summary>The first day of the month a new-style id (<c>YYMM.NNNNN</c>, from April 2007) was given in.</summary>
    public static DateOnly? FromNewStyleId(ReadOnlySpan<byte> id)
    {
        if (id.Length < 9 || id[4] != (byte)'.' || !Number(id[..2], out int yy) || !Number(id.Slice(2, 2), out int month)) return null;
        return Valid(2000 + yy, month, 1);
    }

    /// <summary>The id as <see cref="Paper.ArxivId"/> keeps it; the snapshot's ids are already bare, so the pattern is
    /// only tried on the few that do not look new-style.</summary>
    public static string? ArxivId(string id)
    {
        if (id.Length is 9 or 10 && id[4] == '.' && id.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0
            && id.AsSpan(5).IndexOfAnyExceptInRange('0', '9') < 0)
            return id;
        return PaperIdentifiers.ArxivId(id);
    }

    private static bool Number(ReadOnlySpan<byte> digits, out int value) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
