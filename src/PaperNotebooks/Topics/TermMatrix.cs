using PaperNotebooks.Text;

namespace PaperNotebooks.Topics;

/// <summary>
/// The words of each paper (title and abstract) as term counts, rows in compressed sparse form. <see cref="Build"/>:
/// the key-phrase tokenizer and vocabulary (case, accents and plurals folded), its English and research-genre stop
/// words left out, and LaTeX math (<c>$...$</c>, <c>\commands</c>) dropped, each term shown in the form it is most
/// often written: words that read well as topic labels. <see cref="Words"/>: the words as written, for factorising.
/// </summary>
internal sealed class TermMatrix
{
    private TermMatrix(int[] rowStart, int[] terms, float[] counts, string[] display, int[] documentFrequency)
    {
        RowStart = rowStart;
        Terms = terms;
        Counts = counts;
        Display = display;
        DocumentFrequency = documentFrequency;
    }

    /// <summary>Row i's entries are <c>[RowStart[i], RowStart[i+1])</c> of <see cref="Terms"/> and <see cref="Counts"/>.</summary>
    public int[] RowStart { get; }
    public int[] Terms { get; }
    public float[] Counts { get; }

    /// <summary>How each term is shown.</summary>
    public string[] Display { get; }

    /// <summary>In how many rows each term is.</summary>
    public int[] DocumentFrequency { get; }

    public int Rows => RowStart.Length - 1;
    public int TermCount => Display.Length;

    public static TermMatrix Build(IReadOnlyList<string> texts, CancellationToken cancellation = default)
    {
        var vocabulary = new PhraseVocabulary();
        var termOfStem = new Dictionary<int, int>();
        var formCounts = new List<Dictionary<int, int>>();
        var rowStart = new List<int> { 0 };
        var terms = new List<int>();
        var counts = new List<float>();
        var tokens = new List<PhraseToken>();
        var row = new Dictionary<int, int>();
        for (int i = 0; i < texts.Count; i++)
        {
            if ((i & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            tokens.Clear();
            row.Clear();
            PhraseTokenizer.Tokenize(WithoutMath(texts[i] ?? ""), vocabulary, tokens);
            foreach (var token in tokens)
            {
                if (vocabulary.IsStop(token)) continue;
                if (!termOfStem.TryGetValue(token.Stem, out int term))
                {
                    term = termOfStem.Count;
                    termOfStem[token.Stem] = term;
                    formCounts.Add([]);
                }
                var forms = formCounts[term];
                forms[token.Form] = forms.GetValueOrDefault(token.Form) + 1;
                row[term] = row.GetValueOrDefault(term) + 1;
            }
            foreach (var (term, count) in row.OrderBy(e => e.Key))
            {
                terms.Add(term);
                counts.Add(count);
            }
            rowStart.Add(terms.Count);
        }
        var display = formCounts.Select(forms => vocabulary.Form(forms.MaxBy(f => (f.Value, -f.Key)).Key)).ToArray();
        var df = new int[display.Length];
        foreach (int term in terms) df[term]++;
        return new TermMatrix([.. rowStart], [.. terms], [.. counts], display, df);
    }

    /// <summary>
    /// The words as scikit-learn's <c>TfidfVectorizer</c> cuts them: lower case, every run of two or more letters,
    /// digits or underscores, nothing folded, English function words left out. Notation stays (<c>mathbb</c>,
    /// <c>alpha_s</c>) and so do plurals and genre words: they tell fields apart, which is what a factorisation needs
    /// and what the label vocabulary of <see cref="Build"/> gives up for readability.
    /// </summary>
    public static TermMatrix Words(IReadOnlyList<string> texts, CancellationToken cancellation = default)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var display = new List<string>();
        var rowStart = new List<int> { 0 };
        var terms = new List<int>();
        var counts = new List<float>();
        var row = new Dictionary<int, int>();
        var word = new char[64];
        for (int i = 0; i < texts.Count; i++)
        {
            if ((i & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            row.Clear();
            string text = texts[i] ?? "";
            int at = 0;
            while (at < text.Length)
            {
                if (!IsWordChar(text[at])) { at++; continue; }
                int start = at;
                while (at < text.Length && IsWordChar(text[at])) at++;
                int length = at - start;
                if (length < 2) continue;
                if (word.Length < length) word = new char[Math.Max(length, word.Length * 2)];
                var lower = word.AsSpan(0, length);
                text.AsSpan(start, length).ToLowerInvariant(lower);
                if (!lookup.TryGetValue(lower, out int term))
                {
                    string written = lower.ToString();
                    // Stop words get -1: looked up once, then skipped like any known word.
                    term = ResearchStopWords.English.Contains(written) ? -1 : display.Count;
                    ids[written] = term;
                    if (term >= 0) display.Add(written);
                }
                if (term >= 0) row[term] = row.GetValueOrDefault(term) + 1;
            }
            foreach (var (term, count) in row.OrderBy(e => e.Key))
            {
                terms.Add(term);
                counts.Add(count);
            }
            rowStart.Add(terms.Count);
        }
        var df = new int[display.Count];
        foreach (int term in terms) df[term]++;
        return new TermMatrix([.. rowStart], [.. terms], [.. counts], [.. display], df);
    }

    // \w of regular expressions: letters, digits (of any script) and the underscore.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The text with <c>$...$</c> spans and backslash commands blanked: symbols are not topics.</summary>
    internal static string WithoutMath(string text)
    {
        if (text.IndexOfAny(['$', '\\']) < 0) return text;
        var chars = text.ToCharArray();
        bool inMath = false;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '$')
            {
                inMath = !inMath;
                chars[i] = ' ';
            }
            else if (chars[i] == '\\')
            {
                chars[i] = ' ';
                while (i + 1 < chars.Length && char.IsLetter(chars[i + 1])) chars[++i] = ' ';
            }
            else if (inMath)
            {
                chars[i] = ' ';
            }
        }
        // An odd $ (a price, a typo) would blank the rest: keep the text as it was then.
        return inMath ? text : new string(chars);
    }
}
