namespace PaperNotebooks.Sources;

/// <summary>LF, CRLF and a lone CR each end one line, wherever lines are split or counted.</summary>
internal static class LineEnds
{
    /// <summary>Where the line after the line end at <paramref name="lineEnd"/> starts.</summary>
    public static int After(ReadOnlySpan<byte> text, int lineEnd) =>
        lineEnd + (lineEnd + 1 < text.Length && text[lineEnd] == (byte)'\r' && text[lineEnd + 1] == (byte)'\n' ? 2 : 1);

    public static int Count(ReadOnlySpan<byte> text)
    {
        int returns = text.Count((byte)'\r');
        // Most files end their lines with LF alone: one pass more over the bytes, not two.
        return text.Count((byte)'\n') + (returns == 0 ? 0 : returns - text.Count("\r\n"u8));
    }
}
