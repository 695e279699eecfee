using PaperNotebooks.Text;
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

    /// <summary>How often a family name must have been seen to count as common (Kang, Wu, Lee: thousands; Tosato: none).</summary>
    private const int CommonFamilyName = 30;

    private static readonly SmallWordSet Particles = new(
    [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "binti", "ibn",
        "al", "el", "ter", "ten", "zu", "y", "e", "af", "av", "st.", "d'", "l'", "ur",
    ]);

    private static readonly SmallWordSet Suffixes = new(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);

    private static readonly string[] CamelPrefixes = ["Mc", "Mac", "De", "Di", "Le", "La", "Du", "Da", "Van", "Von", "Fitz", "Del"];
    private static readonly string CamelPrefixInitials = string.Concat(CamelPrefixes.Select(prefix => prefix[0]).Distinct());
    private static readonly int ShortestCamelPrefixed = CamelPrefixes.Min(prefix => prefix.Length) + 2;   // a capital and a lower-case letter after

    // Every suffix is two or three characters starting J, S or I, and every particle starts with a lower-case letter: most
    // tokens (capitalised names) are told apart without a look-up.
    public static bool IsSuffix(ReadOnlySpan<char> token) =>
        token.Length is 2 or 3 && token[0] is 'J' or 'S' or 'I' && Suffixes.Contains(token);

    public static bool IsParticle(ReadOnlySpan<char> token) => token.Length > 0 && !Letters.IsUpper(token[0]) && Particles.Contains(token);

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
        // Most words are ruled out by their length or first letter, without comparing them to every prefix.
        if (part.Length < ShortestCamelPrefixed || !CamelPrefixInitials.Contains(part[0])) return false;
        foreach (var prefix in CamelPrefixes)
        {
            if (part.Length > prefix.Length + 1 && part.StartsWith(prefix, StringComparison.Ordinal)
                && Letters.IsUpper(part[prefix.Length]) && Letters.IsLower(part[prefix.Length + 1]))
                return true;
        }
        return false;
    }

    public static double Score(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return -3;
        // ":" or "~" between two authors: a field the source broke, neither a name nor the title's end.
        if (text.Length <= 2 && IsBrokenField(text)) return 0;

        // Long stretches of title text are the common case among candidates: rule them out by length alone, so
        // the cost of a line stays linear in its length.
        int tokenCount = text.Count(' ') + 1;
        if (tokenCount > MaxTokens) return 1.0 - (tokenCount - 5);

        if (tokenCount <= 6 && IsGroupName(text)) return GroupNameScore(text);

        int count = 0;
        double sum = 0, glue = 0;
        // "CholMin Kang", "JhihYang Wu": a compound given name the lexicon lacks is plausible before a common family
        // name; before "Ganeshan" or "Tosato", "FrustaAditya" is a title word run into a name.
        bool compoundPlausible = tokenCount == 2 && LastHump(text[..ShortSearch.IndexOf(text, ' ')]) > 0
            && TitleAuthorLexicon.Shared[text[(ShortSearch.LastIndexOf(text, ' ') + 1)..]].Family >= CommonFamilyName;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                tokenCount--;
                continue;
            }
            double tokenScore = TokenScore(token, isFirst: count == 0, isLast: count == tokenCount - 1, compoundPlausible, out bool glued);
            if (tokenScore <= -2) return -3;   // digits or title punctuation: no name has them
            sum += tokenScore;
            // A title word run into the first name ("DataGenAnna") spoils the whole reading, however long the name;
            // later in a name the same shape is a family name's own (DelaCruz, TorabNezhad).
            if (glued && count == 0) glue += 0.8;
            count++;
        }
        if (count == 0) return -3;

        double score = sum / count - glue;
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

    private static bool IsGroupName(ReadOnlySpan<char> text)
    {
        int space = ShortSearch.IndexOf(text, ' ');
        if (space < 2 || !Letters.IsUpper(text[0])) return false;
        var first = text[..space];
        var last = text[(ShortSearch.LastIndexOf(text, ' ') + 1)..];
        return IsGroupWord(first) || IsGroupWord(last);
    }

    // "BigScience Workshop", "Qwen Team", "SAM 3D Team": a word that makes the rest a group's name, digits and all.
    private static bool IsGroupWord(ReadOnlySpan<char> word) => word is "Team" or "Workshop" or "Consortium" or "Collaboration";

    // "MindDR Team" reads as a group; "Research Technical ReportMindDR Team" is the rest of a title before one.
    private static double GroupNameScore(ReadOnlySpan<char> text)
    {
        double score = 0.9;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty || IsGroupWord(token)) continue;
            if (Letters.IsLower(token[0])) score -= 1.5;
            else if (LexiconEvidence(token, compoundPlausible: true, out bool glued) < 0 && glued) score -= 1.0;
        }
        return score;
    }

    private static double TokenScore(ReadOnlySpan<char> token, bool isFirst, bool isLast, bool compoundPlausible, out bool glued)
    {
        glued = false;
        if (IsSuffix(token)) return isLast && !isFirst ? 0.5 : -1;
        if (IsParticle(token)) return isLast ? -1.5 : isFirst ? 0 : 0.6;
        if (IsInitials(token)) return isFirst && isLast ? -2 : isFirst && token.Length == 1 ? 0.5 : 1.0;
        if (token.Length >= 3 && token[0] == '-' && IsInitials(token[1..])) return isFirst ? -2 : 0.8;   // the -F. of "D. -F. Qin"
        if (token[^1] == '.' && IsAbbreviatedName(token[..^1], out bool shortForm))
            return isLast ? (shortForm ? -0.5 : 0) : shortForm ? 0.8 : 0.3;                            // Md., Th., Yu.N.; "Botong." as the source wrote it
        if (HasLowerParticlePrefix(token)) return isFirst ? 0 : 0.8;                                 // d'Ascoli, dell'Orto

        double shape = ShapeScore(token, isFirst);
        // The lexicon holds capitalised words only: a token without a capital ("and") is judged by its shape alone.
        return shape <= -2 || !HasUpper(token) ? shape : shape + LexiconEvidence(token, compoundPlausible || !isFirst, out glued);
    }

    /// <summary>What public arXiv metadata says of the word: a known given or family name counts for, a known title word against.</summary>
    private static double LexiconEvidence(ReadOnlySpan<char> token, bool compoundPlausible, out bool glued)
    {
        glued = false;
        var lexicon = TitleAuthorLexicon.Shared;
        var counts = lexicon[token];
        if (counts.IsKnown) return Math.Clamp(0.25 * counts.NameOdds, -1.0, 0.4);
        int hump = LastHump(token);
        if (hump <= 0 || StartsWithCamelPrefix(token)) return 0;
        var head = Counts(lexicon, token[..hump]);
        var tail = Counts(lexicon, token[hump..]);
        if (head.NameOdds > 0.5 && tail.NameOdds >= 0) return 0.8;     // SaiKiran, TsaiChing: two given names run together
        glued = (tail.NameOdds > 1 && (head.NameOdds < 0 || (!head.IsKnown && !(compoundPlausible && MayBeNamePart(token[..hump])))))   // SigningSrikumar, RAGLongpeng
            || (head.NameOdds < -0.5 && tail.NameOdds >= 0);            // NetSanyukta: a title word glued to something else
        return glued ? -1.0 : 0;
    }

    // An unknown word that could still be a given name the lexicon lacks ("Jhih" of JhihYang): short, capitalised, no
    // capital or digit inside. "DataGen", "FMTools" and "Wastewater" are not.
    private static bool MayBeNamePart(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 6 || !Letters.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
        {
            if (!Letters.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>A word's counts, or those of its first part before a hyphen when the whole is unknown (Seon-Hoon).</summary>
    public static WordCounts Counts(TitleAuthorLexicon lexicon, ReadOnlySpan<char> word)
    {
        var counts = lexicon[word];
        int hyphen = ShortSearch.IndexOf(word, '-');
        return counts.IsKnown || hyphen < 2 ? counts : lexicon[word[..hyphen]];
    }

    /// <summary>
    /// Where the last hump of a CamelCase word starts: a capital after a lower-case letter ("Kiran" in "SaiKiran") or
    /// the last capital of a run followed by a lower-case letter ("Ana" in "StyleGANAna"); -1 when there is none.
    /// </summary>
    public static int LastHump(ReadOnlySpan<char> word)
    {
        for (int i = word.Length - 1; i > 0; i--)
        {
            if (!Letters.IsUpper(word[i])) continue;
            if (Letters.IsLower(word[i - 1])) return i;
            if (Letters.IsUpper(word[i - 1]) && i + 1 < word.Length && Letters.IsLower(word[i + 1])) return i;
        }
        return -1;
    }

    // "Md", "Th", "Most", "Yu.N", "MD": short capitalised parts; a longer one is a name the source ended with a period.
    private static bool IsAbbreviatedName(ReadOnlySpan<char> text, out bool shortForm)
    {
        shortForm = true;
        if (text.IsEmpty) return false;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (part.IsEmpty || !Letters.IsUpper(part[0])) return false;
            for (int i = 1; i < part.Length; i++)
            {
                // "MD" and "Yu" pass; "SludgeS" (a title word run into an initial) does not.
                if (!Letters.IsLetter(part[i]) || (part.Length > 2 && !Letters.IsLower(part[i]))) return false;
            }
            if (part.Length > 4) shortForm = false;
        }
        return true;
    }

    private static bool HasLowerParticlePrefix(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || !Letters.IsLower(token[0])) return false;   // most tokens are capitalised
        int apostrophe = token.IndexOfAny('\'', '\u2019');
        if (apostrophe is < 1 or > 4 || apostrophe + 2 >= token.Length || !Letters.IsUpper(token[apostrophe + 1])) return false;
        foreach (char c in token[..apostrophe])
        {
            if (!Letters.IsLower(c)) return false;
        }
        foreach (char c in token[(apostrophe + 1)..])
        {
            if (!Letters.IsLetter(c) && c != '-') return false;
        }
        return true;
    }

    private static double ShapeScore(ReadOnlySpan<char> token, bool isFirst)
    {
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
            if (Letters.IsUpper(c)) upper++;
            else if (Letters.IsLower(c)) lower++;
            else if (Letters.IsLetter(c) || char.IsSurrogate(c) || IsCombiningMark(c)) uncased++;
            else if (IsTexResidue(c)) continue;                                   // Niccol`o, St\ütz: TeX accents the source left in
            else if (Letters.IsDigit(c)) return -2;
            else return -2;
        }
        if (uncased == part.Length) return 1.0;
        if (upper == 0) return index > 0 ? 0 : -1.5;                      // "LLM-jp" keeps its lower-case tail
        if (Letters.IsUpper(part[0]) && upper == 1 && uncased == 0)
        {
            if (part.Length > 1) return 1.0;                               // Capitalised
            return separatorAfter == '-' ? -0.5 : 1.0;                     // the O of O'Brien; not the M of "M-jp"
        }
        if (upper == part.Length) return 0.2;                              // IBM, LLM: organisations
        if (Letters.IsUpper(part[0]) && upper == 2 && StartsWithCamelPrefix(part)) return 0.8;   // McGregor, LeCun, DiCaprio
        // CamelCase: where a name starts, usually a title word glued to it ("SpeedYann"); later in a name, an
        // organisation's own spelling ("Google DeepMind", "The BigScience Workshop").
        return firstToken || HasAcronymGlue(part) ? -0.6 : -0.2;
    }

    // "MoELiyuan", "INformed": an upper-case run straight into a capitalised word.
    private static bool HasAcronymGlue(ReadOnlySpan<char> part)
    {
        for (int i = 2; i < part.Length; i++)
        {
            if (Letters.IsLower(part[i]) && Letters.IsUpper(part[i - 1]) && Letters.IsUpper(part[i - 2])) return true;
        }
        return false;
    }

    private static bool IsInitials(ReadOnlySpan<char> token)
    {
        // J  J.  J.R.  J.-P.
        if (token.Length == 1) return Letters.IsUpper(token[0]);
        int i = 0;
        bool any = false;
        while (i < token.Length)
        {
            if (!Letters.IsUpper(token[i])) return false;
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
            if (Letters.IsUpper(c) || Letters.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>An author field without a single letter (":", "~"), as some sources have.</summary>
    public static bool IsBrokenField(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (Letters.IsLetter(c)) return false;
        }
        return true;
    }

    /// <summary>TeX the source left in a name: Niccol`o, St\"utz, Jane~Doe, Al_Naal.</summary>
    public static bool IsTexResidue(char c) => c is '`' or '\\' or '_' or '~';

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (Letters.IsUpper(c)) return true;
        }
        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!Letters.IsUpper(c)) return false;
        }
        return true;
    }

    private static bool IsPartSeparator(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '~';

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
