using System.Globalization;

namespace PaperNotebooks.Sources;

/// <summary>The day of an ISO 8601 date or timestamp as web APIs write them (<c>2024-05-01</c>,
/// <c>2017-06-12T17:57:34Z</c>, <c>2025-01-10T05:11:02.123456</c>); null for anything else.</summary>
internal static class IsoDay
{
    public static DateOnly? Of(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 10 || (trimmed.Length > 10 && trimmed[10] is not ('T' or 't' or ' '))) return null;
        return DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
