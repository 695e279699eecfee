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

    private static bool IsCollapsed(string text)
    {
        if (IsSpace(text[0]) || IsSpace(text[^1])) return false;
        for (int i = 1; i < text.Length; i++)
        {
            if (IsSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) return false;
        }
        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) && c != '\u00A0';
}
