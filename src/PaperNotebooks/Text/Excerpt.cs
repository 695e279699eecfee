using System.Globalization;

namespace PaperNotebooks.Text;

/// <summary>User input quoted in a message: shortened, so that a 100 KB query or an 80,000-character title line
/// never floods an error or a diagnostic.</summary>
public static class Excerpt
{
    public const int DefaultLength = 80;

    /// <summary><paramref name="text"/> itself when short; otherwise its start and end around an ellipsis that says
    /// how much was left out, never splitting a surrogate pair. Line breaks become spaces.</summary>
    public static string Of(string? text, int maxLength = DefaultLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.Length <= maxLength) return Flat(text);
        int head = Math.Max(1, maxLength * 2 / 3);
        int tail = Math.Max(0, maxLength - head - 1);
        if (char.IsHighSurrogate(text[head - 1])) head--;
        int tailStart = text.Length - tail;
        if (tail > 0 && char.IsLowSurrogate(text[tailStart])) tailStart++;
        int left = tailStart - head;
        return Flat(string.Concat(text.AsSpan(0, head), string.Create(CultureInfo.InvariantCulture, $"… ({left:N0} characters) …"), text.AsSpan(tailStart)));
    }

    private static string Flat(string text) =>
        text.Contains('\n') || text.Contains('\r') ? text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ') : text;
}
