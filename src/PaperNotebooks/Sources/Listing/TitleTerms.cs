using PaperNotebooks.Text;
namespace PaperNotebooks.Listing;

/// <summary>
/// Technical terms of titles ("Parti5Kit", "StyleGAN", "SwinUNet"): words whose capitals or digits inside make them
/// names of things, not dictionary words. A term that other papers of the listing spell whole in a title read without
/// doubt is evidence at an ambiguous boundary: the reading that keeps it whole at the title's end is the likelier.
/// </summary>
internal static class TitleTerms
{
    // Longer words are no term anyone glues a name to; the bound also keeps a hostile line linear.
    private const int MaxTermLength = 40;

    /// <summary>
    /// Appends the hash (<see cref="AuthorHash"/>) of every term of <paramref name="title"/>: a term has an ASCII capital
    /// or digit where a word's first letter is not, so only those places are looked at (found by a plain loop, compiled
    /// ahead: see <see cref="ShortSearch"/>), then the letters around each, and one pass over each term found.
    /// </summary>
    public static void Collect(ReadOnlySpan<char> title, Model.ChunkedList<ulong> into)
    {
        int i = 0;
        while (i < title.Length)
        {
            while (i < title.Length && (uint)(title[i] - 'A') > 'Z' - 'A' && (uint)(title[i] - '0') > 9) i++;
            if (i == title.Length) return;
            char c = title[i];
            bool inner = Letters.IsDigit(c)
                ? (i > 0 && Letters.IsLetter(title[i - 1])) || (i + 1 < title.Length && Letters.IsLetter(title[i + 1]))
                : i > 0 && Letters.IsLower(title[i - 1]);
            if (!inner)
            {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && Letters.IsLetterOrDigit(title[start - 1]) && i - start <= MaxTermLength) start--;
            int end = i + 1;
            while (end < title.Length && Letters.IsLetterOrDigit(title[end])) end++;
            bool whole = start == 0 || !Letters.IsLetterOrDigit(title[start - 1]);
            if (whole && end - start is >= 4 and <= MaxTermLength) into.Add(AuthorHash.Of(title[start..end]));
            i = end;
        }
    }

    /// <summary>The title's last word without the punctuation around it ("Parti5" of "...Shared Memory with Parti5").</summary>
    public static ReadOnlySpan<char> Last(ReadOnlySpan<char> title)
    {
        int end = title.Length;
        while (end > 0 && !Letters.IsLetterOrDigit(title[end - 1])) end--;
        int start = end;
        while (start > 0 && Letters.IsLetterOrDigit(title[start - 1]) && end - start < MaxTermLength) start--;
        return title[start..end];
    }

    /// <summary>Whether <paramref name="word"/> is a term that <see cref="Collect"/> would keep.</summary>
    public static bool IsTerm(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > MaxTermLength) return false;
        for (int i = 1; i < word.Length; i++)
        {
            if (IsInnerMark(word[i - 1], word[i])) return true;
        }
        return false;
    }

    // "eG" of StyleGAN, "i5" and "5K" of Parti5Kit: a capital after a lower-case letter, or a digit next to a letter.
    private static bool IsInnerMark(char before, char c) =>
        (Letters.IsUpper(c) && Letters.IsLower(before)) || (Letters.IsDigit(c) && Letters.IsLetter(before)) || (Letters.IsLetter(c) && Letters.IsDigit(before));
}
