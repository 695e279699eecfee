using System.Globalization;
using Lucene.Net.Analysis.Miscellaneous;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// Text beyond ASCII as ASCII that analyzes to the same words: an accented letter becomes its plain letter in the same
/// case (<c>Müller</c> is <c>Muller</c> to the index, which folds accents), and a dash, quote, bullet or maths sign that
/// always breaks words becomes a space. Characters whose place in a word depends on more (a soft hyphen, which joins;
/// <c>ß</c>, which folds to two letters; <c>²</c>, which folds to a digit; letters of other scripts) leave the text to
/// Lucene's own analysis. Most names and abstracts with an accent or a dash thus still take the fast path.
/// </summary>
internal static class AsciiMapping
{
    /// <summary>Per UTF-16 char: what it becomes, <see cref="Contextual"/>, or <c>'\0'</c> when the text must go through Lucene.</summary>
    private static readonly Lazy<char[]> Table = new(Build);

    /// <summary>Writes the ASCII form of <paramref name="text"/> into <paramref name="into"/> (as long); false when some
    /// character has none.</summary>
    public static bool TryMap(ReadOnlySpan<char> text, Span<char> into)
    {
        var table = Table.Value;
        for (int i = 0; ;)
        {
            // Runs of ASCII are copied as they are, found a vector at a time.
            int run = text[i..].IndexOfAnyExceptInRange('\0', '\x7f');
            if (run < 0)
            {
                text[i..].CopyTo(into[i..]);
                return true;
            }
            text.Slice(i, run).CopyTo(into[i..]);
            i += run;
            char mapped = table[text[i]];
            if (mapped == Contextual)
            {
                // A character that joins the letters or digits around it (a middle dot): a space when none stands beside it.
                if (i > 0 && char.IsLetterOrDigit(text[i - 1]) || i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) return false;
                mapped = ' ';
            }
            if (mapped == '\0') return false;
            into[i++] = mapped;
        }
    }

    /// <summary>What one character becomes: <c>' '</c> for a break, a letter or <c>'</c>, or <c>'\0'</c> when only
    /// Lucene reads it right (every character beyond the basic plane among them).</summary>
    public static char Of(System.Text.Rune rune) => rune.IsBmp ? Table.Value[rune.Value] : '\0';

    /// <summary>A character that joins letters or digits on both sides of it (UAX #29's MidLetter, MidNum, MidNumLet)
    /// and breaks elsewhere.</summary>
    private const char Contextual = '\u0001';

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c < 128; c++) table[c] = (char)c; // '\0' among them, copied with its run, never looked up
        var folded = new char[8];
        for (int c = 128; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch) || c >= 0x2460 && c <= 0x24FF || c >= 0x2100 && c <= 0x214F || c >= 0x3000) continue;
            var category = char.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter)
            {
                // One plain letter in the same case, whichever comes first of lower-casing and folding (Lucene lower-cases first).
                if (Fold(ch, folded) is [var plain] && char.IsAsciiLetter(plain) && char.IsUpper(ch) == char.IsAsciiLetterUpper(plain)
                    && Fold(char.ToLowerInvariant(ch), folded) is [var lower] && lower == char.ToLowerInvariant(plain))
                    table[c] = plain;
            }
            else if (Joining.Contains(ch))
            {
                table[c] = Contextual;
            }
            else if (AlwaysBreaks(ch, category))
            {
                table[c] = ' ';
            }
        }
        table['\u2019'] = '\''; // the apostrophe: joins letters, and 's after it is a possessive, as after '
        return table;
    }

    private static char[] Fold(char c, char[] output)
    {
        int length = ASCIIFoldingFilter.FoldToASCII([c], 0, output, 0, 1);
        return output[..length];
    }

    /// <summary>Punctuation, symbols and spaces outside every joining class of UAX #29 (MidLetter, MidNum, MidNumLet,
    /// ExtendNumLet, Format): they end a word wherever they stand.</summary>
    private static bool AlwaysBreaks(char c, UnicodeCategory category) =>
        category is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control
        && !Joining.Contains(c) && c < 0xFE00;

    /// <summary>The characters of those categories that UAX #29 (Unicode 6.3, Lucene 4.8's) lets stand inside a word.</summary>
    private static readonly HashSet<char> Joining =
    [
        '\u00B7', '\u0387', '\u05F3', '\u05F4', '\u2027', // MidLetter, Hebrew punctuation
        '\u037E', '\u0589', '\u060C', '\u060D', '\u066C', '\u07F8', '\u2044', // MidNum
        '\u2018', '\u2019', '\u2024', // MidNumLet (U+2019 is mapped to ' on its own)
    ];
}
