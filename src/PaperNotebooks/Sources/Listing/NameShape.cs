using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>
/// Scores how much a piece of text reads as one author's name: "Sam Adé Jacobs", "J. R. R. Tolkien",
/// "Ludwig van Beethoven", "Conan O'Brien", "Qwen Team", "LLM-jp", "张伟". Higher is more name-like; about 1 for a
/// plain two-word name, below 0 for text that reads as part of a title.
/// </summary>
internal static class NameShape
{
    public const int MaxTokens = 8;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "binti", "ibn",
        "al", "el", "ter", "ten", "zu", "y", "e", "af", "av", "st.", "d'", "l'",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    private static readonly string[] CamelPrefixes = ["Mc", "Mac", "De", "Di", "Le", "La", "Du", "Da", "Van", "Von", "Fitz", "Del"];

    public static bool IsSuffix(ReadOnlySpan<char> token) => Suffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);

    public static bool IsCamelPrefix(ReadOnlySpan<char> word)
    {
        foreach (var prefix in CamelPrefixes)
        {
            if (word.SequenceEqual(prefix)) return true;
        }
        return false;
    }

    /// <summary>McGregor, LeCun, DiCaprio, MacKenzie.</summary>
    public static bool StartsWithCamelPrefix(ReadOnlySpan<char> part)
    {
        foreach (var prefix in CamelPrefixes)
        {
            if (part.Length > prefix.Length + 1 && part.StartsWith(prefix, StringComparison.Ordinal)
                && char.IsUpper(part[prefix.Length]) && char.IsLower(part[prefix.Length + 1]))
                return true;
        }
        return false;
    }

    public static double Score(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return -3;

        // Long stretches of title text are the common case among candidates: rule them out by length alone, so
        // the cost of a line stays linear in its length.
        int tokenCount = text.Count(' ') + 1;
        if (tokenCount > MaxTokens) return 1.0 - (tokenCount - 5);

        int count = 0;
        double sum = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                tokenCount--;
                continue;
            }
            double tokenScore = TokenScore(token, isFirst: count == 0, isLast: count == tokenCount - 1);
            if (tokenScore <= -2) return -3;   // digits or title punctuation: no name has them
            sum += tokenScore;
            count++;
        }
        if (count == 0) return -3;

        double score = sum / count;
        score += count switch
        {
            1 => IsUncased(text) ? -0.1 : -0.5,
            <= 4 => 0,
            5 => -0.3,
            _ => -1.0 * (count - 5),
        };
        if (count == 1 && text.Length <= 3 && IsAllUpper(text)) score -= 0.5;   // "AI": a lone short acronym is rarely an author
        return score;
    }

    private static double TokenScore(ReadOnlySpan<char> token, bool isFirst, bool isLast)
    {
        if (IsSuffix(token)) return isLast && !isFirst ? 0.5 : -1;
        if (Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token)) return isLast ? -1.5 : isFirst ? 0 : 0.6;
        if (IsInitials(token)) return isFirst && isLast ? -2 : isFirst && token.Length == 1 ? 0.5 : 1.0;

        double worst = double.PositiveInfinity;
        int partIndex = 0;
        int start = 0;
        for (int i = 0; i <= token.Length; i++)
        {
            if (i < token.Length && !IsPartSeparator(token[i])) continue;
            char separator = i < token.Length ? token[i] : '\0';
            worst = Math.Min(worst, PartScore(token[start..i], partIndex, separator, isFirst));
            partIndex++;
            start = i + 1;
        }
        return worst;
    }

    private static double PartScore(ReadOnlySpan<char> part, int index, char separatorAfter, bool firstToken)
    {
        if (part.IsEmpty) return -1;
        int upper = 0, lower = 0, uncased = 0;
        foreach (char c in part)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsLetter(c) || char.IsSurrogate(c) || IsCombiningMark(c)) uncased++;
            else if (char.IsDigit(c)) return -2;
            else return -2;
        }
        if (uncased == part.Length) return 1.0;
        if (upper == 0) return index > 0 ? 0 : -1.5;                      // "LLM-jp" keeps its lower-case tail
        if (char.IsUpper(part[0]) && upper == 1 && uncased == 0)
        {
            if (part.Length > 1) return 1.0;                               // Capitalised
            return separatorAfter == '-' ? -0.5 : 1.0;                     // the O of O'Brien; not the M of "M-jp"
        }
        if (upper == part.Length) return 0.2;                              // IBM, LLM: organisations
        if (char.IsUpper(part[0]) && upper == 2 && StartsWithCamelPrefix(part)) return 0.8;   // McGregor, LeCun, DiCaprio
        // CamelCase: where a name starts, usually a title word glued to it ("SpeedYann"); later in a name, an
        // organisation's own spelling ("Google DeepMind", "The BigScience Workshop").
        return firstToken || HasAcronymGlue(part) ? -0.6 : -0.2;
    }

    // "MoELiyuan", "INformed": an upper-case run straight into a capitalised word.
    private static bool HasAcronymGlue(ReadOnlySpan<char> part)
    {
        for (int i = 2; i < part.Length; i++)
        {
            if (char.IsLower(part[i]) && char.IsUpper(part[i - 1]) && char.IsUpper(part[i - 2])) return true;
        }
        return false;
    }

    private static bool IsInitials(ReadOnlySpan<char> token)
    {
        // J  J.  J.R.  J.-P.
        if (token.Length == 1) return char.IsUpper(token[0]);
        int i = 0;
        bool any = false;
        while (i < token.Length)
        {
            if (!char.IsUpper(token[i])) return false;
            i++;
            if (i < token.Length && token[i] != '.') return false;
            i++;
            any = true;
            if (i < token.Length && token[i] == '-') i++;
        }
        return any;
    }

    private static bool IsUncased(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsUpper(c) || char.IsLower(c)) return false;
        }
        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    private static bool IsPartSeparator(char c) => c is '-' or '\'' or '\u2019' or '\u2010';

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
