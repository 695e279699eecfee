using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PaperNotebooks.Topics;

/// <summary>A word of a text for key phrases. <see cref="BreakBefore"/>: punctuation, a number or a dropped word
/// stands between it and the previous word, so no phrase spans the two. <see cref="HyphenBefore"/>: it was joined
/// to the previous word by a hyphen (<c>end-to-end</c>).</summary>
internal readonly record struct PhraseToken(int Stem, int Form, bool BreakBefore, bool HyphenBefore);

/// <summary>Numbers words as written: a stem id (0 leaves the word out) and a form id.</summary>
internal interface IPhraseWords
{
    (int Stem, int Form) Add(ReadOnlySpan<char> written);
}

/// <summary>
/// Cuts a title or abstract into words for key phrases: runs of letters and digits; hyphens join words without
/// breaking a phrase (<c>long-context</c> is <c>long context</c>); other punctuation, numbers and words with
/// fewer than two letters break phrases; a possessive <c>'s</c> is dropped.
/// </summary>
internal static class PhraseTokenizer
{
    /// <summary>Adds the words of <paramref name="text"/> to <paramref name="into"/>; returns how many were left
    /// out (numbers, single letters, words a frozen vocabulary does not know).</summary>
    public static int Tokenize(ReadOnlySpan<char> text, PhraseVocabulary vocabulary, List<PhraseToken> into) =>
        Tokenize(text, new VocabularyWords(vocabulary), into);

    /// <summary>The vocabulary as a struct, so that the tokenizer is compiled for it and calls it directly (a class
    /// type argument shares one compiled body and calls through an interface), once for every word of every paper.</summary>
    private readonly struct VocabularyWords(PhraseVocabulary vocabulary) : IPhraseWords
    {
        public (int Stem, int Form) Add(ReadOnlySpan<char> written) => vocabulary.Add(written);
    }

    /// <summary>Like <see cref="Tokenize(ReadOnlySpan{char}, PhraseVocabulary, List{PhraseToken})"/>, with words numbered by
    /// <paramref name="vocabulary"/>; a stem of 0 leaves a word out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Tokenize<TWords>(ReadOnlySpan<char> text, TWords vocabulary, List<PhraseToken> into) where TWords : IPhraseWords
    {
        int skipped = 0;
        bool pendingBreak = true;
        bool pendingHyphen = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '-' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                    pendingHyphen = true;
                else if (!char.IsWhiteSpace(c))
                    pendingBreak = true;
                i++;
                continue;
            }

            int start = i;
            i = WordEnd(text, i);
            var word = text.Slice(start, i - start);
            // A possessive or contraction: today's, DeepSpeed's.
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i])) i++;
            }

            if (!IsWord(word))
            {
                skipped++;
                pendingBreak = true;
                pendingHyphen = false;
                continue;
            }
            var (stem, form) = vocabulary.Add(word);
            if (stem == 0)
            {
                skipped++;
                pendingBreak = true;
                pendingHyphen = false;
                continue;
            }
            into.Add(new PhraseToken(stem, form, pendingBreak, pendingHyphen && !pendingBreak));
            pendingBreak = false;
            pendingHyphen = false;
        }
        return skipped;
    }

    /// <summary>
    /// Where the word that starts at <paramref name="start"/> ends: after letters and digits, and dots between two digits
    /// (<c>3.5</c>). ASCII letters and digits are told eight characters at a time, the rest one at a time: a word is
    /// most of a text, and testing its characters one by one was most of the tokenizer's time.
    /// </summary>
    internal static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (true)
        {
            if (Vector128.IsHardwareAccelerated)
            {
                ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
                for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
                {
                    var units = Vector128.LoadUnsafe(ref first, (nuint)i);
                    // Unsigned: a unit below '0' (or 'a') wraps round to a large number.
                    var digits = Vector128.LessThanOrEqual(units - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                    var letters = Vector128.LessThanOrEqual((units | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
                    uint others = ~(digits | letters).ExtractMostSignificantBits() & 0xFF;
                    if (others != 0)
                    {
                        i += BitOperations.TrailingZeroCount(others);
                        break;
                    }
                }
            }
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
            if (i == text.Length) return i;
            // Not an ASCII letter or digit: a letter or digit of another script goes on the word, as a dot between digits does.
            char c = text[i];
            if (c >= 0x80 ? char.IsLetterOrDigit(c) : c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            return i;
        }
    }

    /// <summary>Starts with a letter and has at least two: <c>gpt4</c> and <c>fp16</c> are words, <c>3.8b</c> and <c>l2</c> are not.</summary>
    private static bool IsWord(ReadOnlySpan<char> word)
    {
        if (!char.IsLetter(word[0])) return false;
        int letters = 0;
        foreach (char c in word)
            if (char.IsLetter(c) && ++letters >= 2) return true;
        return false;
    }
}
