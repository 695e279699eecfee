using PaperNotebooks.Text;

namespace PaperNotebooks.Listing;

/// <summary>
/// Whether a reading of a title/author line is likely wrong, whatever its margin over the next reading: the shapes
/// that real mistakes leave behind (bench/splitter). The margin alone is no measure of that: the splitter's scores are
/// sums of evidence, and most close calls are read right while most mistakes are confident.
/// </summary>
/// <remarks>
/// A wrong boundary moves a piece of the title into the first author or a piece of the first author into the title,
/// so it shows as a title word glued to a name on one side or the other:
/// <list type="bullet">
/// <item>the first author starts with a word that is a name glued to what is not a given name ("FumeSegLena",
/// "atlasHanna"), or glued to a given name right after a title ending in a piece of a term ("...Parti5" then
/// "KitSofia", "...with Me" then "RoHanna"); a compound given name after an ordinary title word ("MinJun",
/// "SaiKiran") is not in doubt;</item>
/// <item>a later word of a long first author is a title word glued to a capital ("Model TechnicalReportSeaNet Team");</item>
/// <item>the title holds a title word glued to a given name ("...CuesHanna Berg, Ravi Das, MeiLing"), ends
/// in a comma and a fragment ("..., An") shorter than the site's cut, or a lone first author follows a title ending
/// in two capitalised words run together ("...ReasoningQuan" then "Li").</item>
/// </list>
/// </remarks>
internal static class BoundaryDoubt
{
    public static bool Of(ReadOnlySpan<char> title, ReadOnlySpan<char> firstAuthor)
    {
        title = title.TrimEnd();
        firstAuthor = firstAuthor.Trim();
        if (title.IsEmpty || firstAuthor.IsEmpty) return false;
        var lexicon = TitleAuthorLexicon.Shared;
        int lastSpace = ShortSearch.LastIndexOf(title, ' ');
        var titleEnd = title[(lastSpace + 1)..];

        int space = ShortSearch.IndexOf(firstAuthor, ' ');
        if (space < 0)
        {
            return Letters.IsLetter(firstAuthor[0]) && TitleAuthorSplitter.IsGluedCamel(titleEnd);
        }
        if (RunsIntoAuthors(LastWords(title, 6))) return true;
        if (EndsInFragment(title)) return true;

        int tokens = 0;
        foreach (var range in firstAuthor.Split(' '))
        {
            var token = firstAuthor[range];
            if (token.IsEmpty) continue;
            tokens++;
            int hump = FirstHump(token);
            if (hump <= 0 || NameShape.StartsWithCamelPrefix(token)) continue;
            var head = lexicon[token[..hump]];
            if (tokens == 1 || Letters.IsLower(token[0]))
            {
                if (lexicon[token].IsKnown || IsGroup(firstAuthor)) continue;
                bool headIsGiven = head.IsKnown && head.NameOdds > 0.5;
                if (!headIsGiven || EndsInTermPiece(titleEnd)) return true;
            }
            else if (head.IsKnown && head.NameOdds < -0.5 && token[..hump].Length >= 4)
            {
                return true;
            }
        }
        return false;
    }

    // Where the author list would be if the title ran into it: its start ("ProSona: ...", "WorldGen: ...") is a term.
    private static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> text, int count)
    {
        int start = text.Length;
        for (int i = 0; i < count && start > 0; i++) start = ShortSearch.LastIndexOf(text[..(start - 1)], ' ') + 1;
        return text[start..];
    }

    // "...CuesHanna Berg, Ravi Das": a given name glued to a title word, then at most two words and a comma.
    // A term such as "SafeMark" or "MobileViT" has no comma after it.
    private static bool RunsIntoAuthors(ReadOnlySpan<char> titleEnd)
    {
        int comma = titleEnd.IndexOf(',');
        if (comma < 0) return false;
        var beforeComma = titleEnd[..comma];
        int glued = TitleAuthorSplitter.FirstGluedName(beforeComma);
        return glued >= 0 && beforeComma[glued..].Count(' ') <= 2;
    }

    // "MinJun" -> 3; "PIerre" has no hump: only a lower-case letter followed by a capital is one.
    private static int FirstHump(ReadOnlySpan<char> token)
    {
        for (int i = 1; i < token.Length; i++)
        {
            if (Letters.IsUpper(token[i]) && Letters.IsLower(token[i - 1])) return i;
        }
        return -1;
    }

    // "DataFlow Team": a group named like a term is read right; its CamelCase word is the name, not a glued title.
    private static bool IsGroup(ReadOnlySpan<char> author)
    {
        var last = author[(ShortSearch.LastIndexOf(author, ' ') + 1)..];
        return last is "Team" or "Workshop" or "Consortium" or "Collaboration" or "Lab" or "Group";
    }

    // "FumeSeg", "Parti5", "Me": a title's last word that reads as the first half of a term.
    private static bool EndsInTermPiece(ReadOnlySpan<char> word)
    {
        if (word.Length <= 2) return word.Length > 0 && Letters.IsUpper(word[0]);
        if (Letters.IsDigit(word[^1])) return true;
        return Letters.IsUpper(word[0]) && FirstHump(word) > 0;
    }

    // "...Depth CuesHanna Berg, Ra": an author list cut in the middle of a name. The site cuts titles only at
    // its width, so a shorter title ending in a comma and a fragment has run into the authors.
    private static bool EndsInFragment(ReadOnlySpan<char> title)
    {
        int comma = title.LastIndexOf(", ");
        if (comma < 0 || title.Length >= TitleAuthorSplitter.TitleWidth) return false;
        var fragment = title[(comma + 2)..];
        return fragment.Length is >= 1 and <= 3 && Letters.IsUpper(fragment[0]) && !fragment.ContainsAny(' ', '-')
            && fragment[1..].IndexOfAnyExceptInRange('a', 'z') < 0;
    }
}
