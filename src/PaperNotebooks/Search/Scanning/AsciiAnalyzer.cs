using Lucene.Net.Analysis.Core;

namespace PaperNotebooks.Search.Scanning;

/// <summary>Receives the words of <see cref="AsciiAnalyzer"/>, lower case, each with its position increment.</summary>
internal interface IWordSink
{
    void Word(ReadOnlySpan<char> term, int increment);
}

/// <summary>
/// <see cref="PaperAnalyzer"/> for ASCII text, in one pass without Lucene's token streams, ten times faster: what a scan
/// analyzes a paper with. The same words at the same positions (tests compare the two on made-up text): Unicode word
/// boundaries (UAX #29) as <c>StandardTokenizer</c> finds them, restricted to ASCII (letters and digits join; <c>_</c>
/// joins them; <c>:</c>, <c>.</c> and <c>'</c> join letters, <c>,</c> <c>;</c> <c>.</c> <c>'</c> join digits; anything
/// else breaks), words of more than 255 characters skipped; then for titles and abstracts the possessive <c>'s</c>
/// removed and compound names split (<see cref="CompoundWordFilter"/>), and English stop words dropped; lower case.
/// Text beyond ASCII goes through Lucene's analysis (<see cref="FieldWords"/>).
/// </summary>
internal static class AsciiAnalyzer
{
    private const int MaxWordLength = 255;
    private const int MinPartLength = 2;
    private const int MaxCompoundLength = 64;

    private enum Kind : byte { Other, Letter, Digit, Underscore, MidLetter, MidNumLet, MidNum }

    private static readonly Kind[] Kinds = MakeKinds();

    private static Kind[] MakeKinds()
    {
        var kinds = new Kind[128];
        for (int c = 'a'; c <= 'z'; c++) kinds[c] = kinds[c - 32] = Kind.Letter;
        for (int c = '0'; c <= '9'; c++) kinds[c] = Kind.Digit;
        kinds['_'] = Kind.Underscore;
        kinds[':'] = Kind.MidLetter;
        kinds['.'] = kinds['\''] = Kind.MidNumLet;
        kinds[','] = kinds[';'] = Kind.MidNum;
        return kinds;
    }

    /// <param name="text">ASCII text: every char below 128.</param>
    /// <param name="prose">True for titles and abstracts (possessives, compound names, stop words), false for names.</param>
    /// <param name="parts">Scratch space for compound parts.</param>
    /// <param name="lower">Scratch space at least as long as <paramref name="text"/>, for the lower-cased words.</param>
    public static void Analyze<TSink>(ReadOnlySpan<char> text, bool prose, List<(int Start, int Length)> parts, Span<char> lower, ref TSink sink)
        where TSink : struct, IWordSink
    {
        int tooLong = 0;   // words the tokenizer skipped since the last it gave: their positions go to the next
        int stopWords = 0; // positions of stop words dropped since the last word given, as Lucene's StopFilter keeps them
        for (int i = 0; i < text.Length;)
        {
            if (Kinds[text[i]] is not (Kind.Letter or Kind.Digit or Kind.Underscore))
            {
                i++;
                continue;
            }
            int start = i, end = SegmentEnd(text, start);
            i = end;
            if (!HasLetterOrDigit(text[start..end])) continue;
            if (end - start > MaxWordLength)
            {
                tooLong++;
                continue;
            }
            int increment = tooLong + 1;
            tooLong = 0;
            var word = text[start..end];
            if (!prose)
            {
                sink.Word(Lower(word, lower), increment);
                continue;
            }

            if (word.Length >= 2 && word[^2] == '\'' && (word[^1] is 's' or 'S')) word = word[..^2];
            parts.Clear();
            if (word.Length >= 2 * MinPartLength && word.Length <= MaxCompoundLength && MayHaveParts(word))
                CompoundWordFilter.FindParts(word, parts);
            // The whole word, then its parts stacked on it; the parts are slices of the lower-cased whole.
            var whole = Lower(word, lower);
            Give(whole, increment, ref stopWords, ref sink);
            foreach (var (partStart, partLength) in parts) Give(whole.Slice(partStart, partLength), 0, ref stopWords, ref sink);
        }
    }

    private static void Give<TSink>(ReadOnlySpan<char> term, int increment, ref int stopWords, ref TSink sink) where TSink : struct, IWordSink
    {
        if (term.Length <= LongestStopWord && StopWords.Contains(term))
        {
            stopWords += increment;
            return;
        }
        sink.Word(term, increment + stopWords);
        stopWords = 0;
    }

    /// <summary>Where the word starting at <paramref name="start"/> ends: the first place UAX #29 breaks.</summary>
    private static int SegmentEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start + 1;
        for (; i < text.Length; i++)
        {
            // Most of a word is letters and digits after letters and digits: they join without further look.
            if (Kinds[text[i]] is Kind.Letter or Kind.Digit && Kinds[text[i - 1]] is Kind.Letter or Kind.Digit) continue;
            var before = Kinds[text[i - 1]];
            var here = Kinds[text[i]];
            var after = i + 1 < text.Length ? Kinds[text[i + 1]] : Kind.Other;
            var twoBefore = i >= 2 ? Kinds[text[i - 2]] : Kind.Other;
            bool join = here switch
            {
                Kind.Letter or Kind.Digit => before is Kind.Letter or Kind.Digit or Kind.Underscore
                    || (before is Kind.MidLetter or Kind.MidNumLet && here == Kind.Letter && twoBefore == Kind.Letter)
                    || (before is Kind.MidNum or Kind.MidNumLet && here == Kind.Digit && twoBefore == Kind.Digit),
                Kind.Underscore => before is Kind.Letter or Kind.Digit or Kind.Underscore,
                Kind.MidLetter => before == Kind.Letter && after == Kind.Letter,
                Kind.MidNum => before == Kind.Digit && after == Kind.Digit,
                Kind.MidNumLet => (before == Kind.Letter && after == Kind.Letter) || (before == Kind.Digit && after == Kind.Digit),
                _ => false,
            };
            if (!join) break;
        }
        return i;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (Kinds[c] is Kind.Letter or Kind.Digit) return true;
        return false;
    }

    /// <summary>As <see cref="CompoundWordFilter"/>'s test, for ASCII: a capital after the first letter, a digit or another character.</summary>
    private static bool MayHaveParts(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length; i++)
            if (!char.IsAsciiLetterLower(word[i])) return true;
        return !char.IsAsciiLetter(word[0]);
    }

    private static Span<char> Lower(ReadOnlySpan<char> word, Span<char> lower)
    {
        var into = lower[..word.Length];
        System.Text.Ascii.ToLower(word, into, out _);
        return into;
    }

    private static readonly HashSet<string> StopWordSet = new(StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(o => o.ToString()!), StringComparer.Ordinal);

    private static readonly int LongestStopWord = StopWordSet.Max(w => w.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
}
