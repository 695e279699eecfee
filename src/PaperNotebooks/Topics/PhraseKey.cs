using System.Runtime.CompilerServices;

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
        var list = new ListSink(into);
        Enumerate(tokens, vocabulary, ref list);
    }

    /// <summary>Like <see cref="Enumerate(List{PhraseToken}, PhraseVocabulary, List{ValueTuple{long, long, bool}})"/>,
    /// handing each phrase to <paramref name="sink"/> as it is found: a count compiled with its sink needs no list of
    /// the text's phrases written and read again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Enumerate<TSink>(List<PhraseToken> tokens, PhraseVocabulary vocabulary, ref TSink sink) where TSink : struct, IPhraseSink
    {
        var flags = vocabulary.Flags;
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int i = 0; i < all.Length; i++)
        {
            var first = all[i];
            var firstFlags = flags[first.Form];
            if ((firstFlags & FormFlags.Stop) != 0) continue;
            if ((firstFlags & FormFlags.ThreeCharacters) != 0) sink.Add(Pack(first.Stem), Pack(first.Form), false);

            if (i + 1 >= all.Length || all[i + 1].BreakBefore) continue;
            var second = all[i + 1];
            bool secondIsStop = (flags[second.Form] & FormFlags.Stop) != 0;
            if (!secondIsStop) sink.Add(Pack(first.Stem, second.Stem), Pack(first.Form, second.Form), second.HyphenBefore);

            if (i + 2 >= all.Length || all[i + 2].BreakBefore) continue;
            var third = all[i + 2];
            if ((flags[third.Form] & FormFlags.Stop) != 0) continue;
            bool hyphenated = second.HyphenBefore && third.HyphenBefore;
            if (secondIsStop && !hyphenated) continue;
            sink.Add(Pack(first.Stem, second.Stem, third.Stem), Pack(first.Form, second.Form, third.Form), hyphenated);
        }
    }

    private readonly struct ListSink(List<(long Key, long Form, bool Hyphenated)> into) : IPhraseSink
    {
        public void Add(long key, long form, bool hyphenated) => into.Add((key, form, hyphenated));
    }
}

/// <summary>Takes the phrases <see cref="PhraseKey.Enumerate{TSink}"/> finds, in order.</summary>
internal interface IPhraseSink
{
    void Add(long key, long form, bool hyphenated);
}
