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
    // Decomposing a character is costly and listings repeat the same few accented letters: the Latin blocks, where
    // nearly all of them are, are folded once.
    private static readonly string[] Latin = BuildTable(0x250);

    /// <summary>The folded form of <paramref name="c"/>: usually one character, empty for a combining mark.</summary>
    public static string Of(char c) => c < Latin.Length ? Latin[c] : Compute(c);

    private static string[] BuildTable(int size)
    {
        var table = new string[size];
        for (int c = 0; c < size; c++) table[c] = Compute((char)c);
        return table;
    }

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
