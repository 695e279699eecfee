using System.Buffers.Text;

using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>
/// The first line of an entry: <c>[score][CC][Mon D[, YYYY]][Code]</c> with no spaces between parts,
/// e.g. <c>CLJul 4, 2024Code</c> or <c>67.5DBMar 18</c>. Pure ASCII, so it is matched on UTF-8 bytes.
/// </summary>
internal readonly record struct MetaLine(double? Score, string CategoryCode, int Month, int Day, int? Year, bool HasCode)
{
    private const int MaxLength = 48;

    private static readonly string[] CategoryCodes = CreateCategoryCodes();

    /// <summary>True when the line has the shape of a meta line; says nothing of whether the date exists.</summary>
    public static bool TryMatch(ReadOnlySpan<byte> line, out MetaLine meta)
    {
        meta = default;
        if (line.Length < 7 || line.Length > MaxLength) return false;

        int i = 0;
        double? score = null;
        if (IsDigit(line[0]))
        {
            while (i < line.Length && IsDigit(line[i])) i++;
            if (i < line.Length && line[i] == (byte)'.')
            {
                i++;
                int fractionStart = i;
                while (i < line.Length && IsDigit(line[i])) i++;
                if (i == fractionStart) return false;
            }
            if (!Utf8Parser.TryParse(line[..i], out double value, out _)) return false;
            score = value;
        }

        if (i + 2 > line.Length || !IsUpper(line[i]) || !IsUpper(line[i + 1])) return false;
        string code = CategoryCodes[(line[i] - 'A') * 26 + (line[i + 1] - 'A')];
        i += 2;

        int month = MatchMonth(line[i..]);
        if (month == 0) return false;
        i += 3;
        if (i >= line.Length || line[i] != (byte)' ') return false;
        i++;

        int dayStart = i;
        int day = 0;
        while (i < line.Length && IsDigit(line[i]) && i - dayStart < 2) day = day * 10 + (line[i++] - '0');
        if (i == dayStart) return false;

        int? year = null;
        if (i + 6 <= line.Length && line[i] == (byte)',' && line[i + 1] == (byte)' ')
        {
            int y = 0;
            for (int k = i + 2; k < i + 6; k++)
            {
                if (!IsDigit(line[k])) return false;
                y = y * 10 + (line[k] - '0');
            }
            year = y;
            i += 6;
        }

        bool hasCode = false;
        if (line[i..].SequenceEqual("Code"u8))
        {
            hasCode = true;
            i += 4;
        }
        if (i != line.Length) return false;

        meta = new MetaLine(score, code, month, day, year, hasCode);
        return true;
    }

    private static readonly byte[][] MonthNames =
        ["Jan"u8.ToArray(), "Feb"u8.ToArray(), "Mar"u8.ToArray(), "Apr"u8.ToArray(), "May"u8.ToArray(), "Jun"u8.ToArray(),
         "Jul"u8.ToArray(), "Aug"u8.ToArray(), "Sep"u8.ToArray(), "Oct"u8.ToArray(), "Nov"u8.ToArray(), "Dec"u8.ToArray()];

    public static string MonthName(int month) => System.Text.Encoding.ASCII.GetString(MonthNames[month - 1]);

    private static int MatchMonth(ReadOnlySpan<byte> text)
    {
        if (text.Length < 3) return 0;
        for (int m = 0; m < MonthNames.Length; m++)
        {
            if (text[..3].SequenceEqual(MonthNames[m])) return m + 1;
        }
        return 0;
    }

    // Interned once so that a million papers share 676 code strings instead of allocating one each.
    private static string[] CreateCategoryCodes()
    {
        var codes = new string[26 * 26];
        for (int a = 0; a < 26; a++)
            for (int b = 0; b < 26; b++)
                codes[a * 26 + b] = string.Concat((char)('A' + a), (char)('A' + b));
        return codes;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
    private static bool IsUpper(byte b) => (uint)(b - 'A') <= 25;
}
