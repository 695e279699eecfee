using Lucene.Net.Analysis.Core;

namespace PaperNotebooks.Search.Scanning;

/// <summary>Receives the words of <see cref="AsciiAnalyzer"/>, lower case, each with its position increment.</summary>
internal interface IWordSink
{
    /// <summary>True when words of this length are wanted as text; others are given by <see cref="Skip"/>, which spares
    /// lower-casing them (a scan looks for a few terms, and needs only the count of the other words).</summary>
    bool Wants(int length);

    void Word(ReadOnlySpan<char> term, int increment);

    /// <summary>A word not wanted as text: only its position counts.</summary>
    void Skip(int increment);
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

    /// <param name="text">ASCII text: every char below 128.</param>
    /// <param name="prose">True for titles and abstracts (possessives, compound names, stop words), false for names.</param>
    /// <param name="parts">Scratch space for compound parts.</param>
    /// <param name="lower">Scratch space at least as long as <paramref name="text"/>, for the lower-cased words.</param>
    public static void Analyze<TSink>(ReadOnlySpan<char> text, bool prose, List<(int Start, int Length)> parts, Span<char> lower, ref TSink sink)
        where TSink : struct, IWordSink
    {
        int tooLong = 0;   // words the tokenizer skipped since the last it gave: their positions go to the next
        int stopWords = 0; // positions of stop words dropped since the last word given, as Lucene's StopFilter keeps them
        int length = text.Length;
        for (int i = 0; i < length;)
        {
            char first = text[i];
            if (!char.IsAsciiLetterOrDigit(first) && first != '_')
            {
                i++;
                continue;
            }
            int start = i, end = SegmentEnd(text, start);
            i = end;
            if (first == '_' && !HasLetterOrDigit(text[start..end])) continue;
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
                if (sink.Wants(word.Length)) sink.Word(Lower(word, lower), increment);
                else sink.Skip(increment);
                continue;
            }

            if (word.Length >= 2 && word[^2] == '\'' && (word[^1] is 's' or 'S')) word = word[..^2];
            parts.Clear();
            if (CompoundWordFilter.MaySplit(word)) CompoundWordFilter.FindParts(word, parts);
            if (parts.Count == 0 && word.Length > LongestStopWord && !sink.Wants(word.Length))
            {
                // The common case: a plain word, no stop word, not looked for.
                sink.Skip(increment + stopWords);
                stopWords = 0;
                continue;
            }
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
        if (sink.Wants(term.Length)) sink.Word(term, increment + stopWords);
        else sink.Skip(increment + stopWords);
        stopWords = 0;
    }

    /// <summary>Where the word starting at <paramref name="start"/> ends: the first place UAX #29 breaks. Letters, digits
    /// and <c>_</c> all join one another; <c>:</c> <c>.</c> <c>'</c> join a letter to a letter, and <c>,</c> <c>;</c>
    /// <c>.</c> <c>'</c> a digit to a digit.</summary>
    private static int SegmentEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start + 1, length = text.Length;
        while (true)
        {
            while (i < length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
            if (i + 1 >= length) return Math.Min(i, length);
            char mid = text[i], before = text[i - 1], after = text[i + 1];
            bool joins = mid switch
            {
                ':' => char.IsAsciiLetter(before) && char.IsAsciiLetter(after),
                ',' or ';' => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
                '.' or '\'' => (char.IsAsciiLetter(before) && char.IsAsciiLetter(after)) || (char.IsAsciiDigit(before) && char.IsAsciiDigit(after)),
                _ => false,
            };
            if (!joins) return i;
            i += 2;
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsAsciiLetterOrDigit(c)) return true;
        return false;
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
