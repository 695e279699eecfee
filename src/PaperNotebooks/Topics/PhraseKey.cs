namespace PaperNotebooks.Topics;

/// <summary>
/// One- to three-word phrases packed in a <see cref="long"/>: 21 bits per word id, first word lowest.
/// Ids start at 1, so the number of words is the number of non-zero parts.
/// </summary>
internal static class PhraseKey
{
    public const int MaxWords = 3;
    private const int Bits = 21;
    private const long Mask = (1L << Bits) - 1;


    public static long Pack(int first, int second = 0, int third = 0) =>
        (long)(uint)first | ((long)second << Bits) | ((long)third << (2 * Bits));

    public static int WordCount(long key) => key >> (2 * Bits) != 0 ? 3 : key >> Bits != 0 ? 2 : 1;

    public static int Word(long key, int index) => (int)((key >> (index * Bits)) & Mask);

    /// <summary>True when the words of <paramref name="inner"/> stand side by side in <paramref name="outer"/>.</summary>
    public static bool Contains(long outer, long inner)
    {
        int outerCount = WordCount(outer), innerCount = WordCount(inner);
        for (int start = 0; start + innerCount <= outerCount; start++)
        {
            if (((outer >> (start * Bits)) & ((1L << (innerCount * Bits)) - 1)) == inner) return true;
        }
        return false;
    }

    /// <summary>
    /// Every phrase of one to three words in <paramref name="tokens"/> (stem key, form key, and whether hyphens
    /// join all its words): no phrase crosses a break or starts or ends with a stop word; a stop word inside
    /// must be hyphenated (mixture-of-experts, sequence-to-sequence: "subset of expert" is no phrase).
    /// Single words need three letters.
    /// </summary>
    public static void Enumerate(List<PhraseToken> tokens, PhraseVocabulary vocabulary, List<(long Key, long Form, bool Hyphenated)> into)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var first = tokens[i];
            if (vocabulary.IsStop(first)) continue;
            if (vocabulary.Form(first.Form).Length >= 3) into.Add((Pack(first.Stem), Pack(first.Form), false));

            if (i + 1 >= tokens.Count || tokens[i + 1].BreakBefore) continue;
            var second = tokens[i + 1];
            bool secondIsStop = vocabulary.IsStop(second);
            if (!secondIsStop) into.Add((Pack(first.Stem, second.Stem), Pack(first.Form, second.Form), second.HyphenBefore));

            if (i + 2 >= tokens.Count || tokens[i + 2].BreakBefore) continue;
            var third = tokens[i + 2];
            if (vocabulary.IsStop(third)) continue;
            bool hyphenated = second.HyphenBefore && third.HyphenBefore;
            if (secondIsStop && !hyphenated) continue;
            into.Add((Pack(first.Stem, second.Stem, third.Stem), Pack(first.Form, second.Form, third.Form), hyphenated));
        }
    }
}
