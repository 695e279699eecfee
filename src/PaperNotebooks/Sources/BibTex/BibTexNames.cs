namespace PaperNotebooks.Sources.BibTex;

/// <summary>
/// A BibTeX name list as people: split on <c>and</c> outside braces, each name in <c>First von Last</c>,
/// <c>von Last, First</c> or <c>von Last, Jr, First</c> form shown as <c>First von Last Jr</c>, a braced
/// <c>{Corporate Name}</c> kept whole, LaTeX decoded. A list ending in <c>and others</c> is cut short.
/// </summary>
internal static class BibTexNames
{
    public static (IReadOnlyList<string> Names, bool Truncated) Split(string raw)
    {
        var names = new List<string>();
        bool truncated = false;
        foreach (string part in SplitOutsideBraces(raw))
        {
            if (part.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                truncated = true;
                continue;
            }
            string name = Display(part);
            if (name.Length > 0) names.Add(name);
        }
        return (names, truncated);
    }

    /// <summary>The parts between <c> and </c> (any case, white space around it) at brace depth 0, trimmed.</summary>
    private static IEnumerable<string> SplitOutsideBraces(string raw)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && char.IsWhiteSpace(c) && IsAnd(raw, i))
            {
                yield return raw[start..i].Trim();
                i += 4;
                start = i;
            }
        }
        yield return raw[start..].Trim();
    }

    private static bool IsAnd(string raw, int space) =>
        space + 4 < raw.Length
        && string.Compare(raw, space + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
        && char.IsWhiteSpace(raw[space + 4]);

    private static string Display(string name)
    {
        if (name.Length == 0) return "";
        if (IsWhollyBraced(name)) return LatexText.ToUnicode(name[1..^1]);
        var parts = SplitCommasOutsideBraces(name);
        string shown = parts.Count switch
        {
            1 => parts[0],
            2 => $"{parts[1]} {parts[0]}",
            _ => $"{string.Join(' ', parts.Skip(2))} {parts[0]} {parts[1]}",
        };
        return LatexText.ToUnicode(shown);
    }

    private static bool IsWhollyBraced(string name)
    {
        if (name[0] != '{' || name[^1] != '}') return false;
        int depth = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}' && --depth == 0 && i < name.Length - 1) return false;
        }
        return true;
    }

    private static List<string> SplitCommasOutsideBraces(string name)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}') depth = Math.Max(0, depth - 1);
            else if (name[i] == ',' && depth == 0)
            {
                parts.Add(name[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(name[start..].Trim());
        parts.RemoveAll(p => p.Length == 0);
        return parts.Count == 0 ? [""] : parts;
    }
}
