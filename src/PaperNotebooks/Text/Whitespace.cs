using System.Text;

namespace PaperNotebooks.Text;

/// <summary>Text as sources wrap it (arXiv's titles broken across lines, indented abstracts) made one line.</summary>
internal static class Whitespace
{
    /// <summary>Line breaks and runs of white space as one space, none at either end; a no-break space is kept.
    /// Text already so is returned as it is, without allocating.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsCollapsed(text)) return text;
        var collapsed = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }
            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    private static bool IsCollapsed(string text) =>
        !IsSpace(text[0]) && !IsSpace(text[^1]) && !text.AsSpan().ContainsAny(OtherSpaces) && !text.Contains("  ", StringComparison.Ordinal);

    /// <summary>Every white space but the space and the no-break space: none is in collapsed text.</summary>
    private static readonly System.Buffers.SearchValues<char> OtherSpaces = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => IsSpace(c) && c != ' ')]);

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) && c != '\u00A0';
}
