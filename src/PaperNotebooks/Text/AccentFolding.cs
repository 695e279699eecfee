using System.Globalization;
using System.Text;

namespace PaperNotebooks.Text;

/// <summary>
/// Lower case without accents, one character at a time: the single definition of "ignoring case and accents" that
/// author identity, paper keys and key phrases share. <c>é</c> gives <c>e</c>, <c>Ö</c> gives <c>o</c>, a lone
/// combining mark gives nothing.
/// </summary>
internal static class AccentFolding
{
    // Decomposing a character is costly and listings repeat the same few accented letters: each character is folded
    // once, when first met. A table of the Latin blocks alone, filled up front, left Vietnamese letters (U+1E00-1EFF,
    // "Trần") to be decomposed at every use: a sixteenth of `papernb stats` on 200 MB in a trace. The table of every
    // UTF-16 unit is 512 KB of references, its pages touched only where letters are met. Two threads meeting a letter
    // at once both fold it, to equal strings; a reference is written whole.
    private static readonly string?[] Folded = new string?[char.MaxValue + 1];

    /// <summary>The folded form of <paramref name="c"/>: usually one character, empty for a combining mark.</summary>
    public static string Of(char c) => Folded[c] ??= Compute(c);

    private static string Compute(char c)
    {
        if (char.IsSurrogate(c)) return c.ToString();   // half of a pair: nothing to decompose on its own
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return "";
        if (c < 0x80) return char.ToLowerInvariant(c).ToString();
        var folded = new StringBuilder(2);
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(d));
        }
        return folded.ToString();
    }
}
