using System.Text;

namespace PaperNotebooks.Sources;

/// <summary>
/// Listings are read as UTF-8. A UTF-16 or UTF-32 file says so with its byte-order mark (Windows editors write
/// them); it is turned into UTF-8 first, so that every line reads, and is numbered, as in a UTF-8 file.
/// </summary>
internal static class SourceEncoding
{
    /// <summary>How long the UTF-8 byte-order mark at the start of <paramref name="head"/> is: 3, or 0 when there is none.</summary>
    public static int Utf8MarkLength(ReadOnlySpan<byte> head) => head.StartsWith("\uFEFF"u8) ? 3 : 0;

    /// <summary>The encoding a byte-order mark names, other than UTF-8; null for UTF-8 or no mark.</summary>
    public static Encoding? OtherThanUtf8(ReadOnlySpan<byte> head, out int markLength)
    {
        // UTF-32 LE starts like UTF-16 LE (FF FE), so it is tried first.
        (Encoding? encoding, markLength) = head switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
            [0xFE, 0xFF, ..] => ((Encoding)new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
            _ => (null, 0),
        };
        return encoding;
    }

    /// <summary>Mostly ASCII text in UTF-16 has a zero in nearly every other byte, and almost none in the others.</summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        int pairs = head.Length / 2;
        return pairs >= 4 && Math.Max(evenZeros, oddZeros) >= pairs * 0.6 && Math.Min(evenZeros, oddZeros) <= pairs * 0.05;
    }

    /// <summary>The text after the mark as UTF-8; what cannot be decoded becomes U+FFFD.</summary>
    public static byte[] ToUtf8(ReadOnlySpan<byte> text, Encoding encoding) =>
        Encoding.UTF8.GetBytes(encoding.GetString(text));
}
