using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;
using PaperNotebooks.Model;
using LuceneQuery = Lucene.Net.Search.Query;

namespace PaperNotebooks.Search;

/// <summary>
/// Finds what matched a query in a paper's title, abstract and authors with Lucene's highlighter, which
/// re-analyzes the text (nothing is stored in the index). The highlighter's formatter wraps matches in two
/// private-use characters that are then turned into <see cref="TextRange"/>s, so no markup reaches the caller.
/// Lucene's highlighters keep state while they work, so one call runs at a time.
/// </summary>
internal sealed class MatchHighlighter
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private const int FragmentSize = 160;
    private const int MaxFragments = 2;
    private const string Ellipsis = "…";

    // Null for a field the query does not look in: nothing there can match, and highlighting costs a re-analysis.
    private readonly Highlighter? _title;
    private readonly Highlighter? _abstract;
    private readonly Highlighter? _authors;

    /// <param name="fields">The fields the query looks in; see <see cref="QueryCompiler"/>.</param>
    public MatchHighlighter(LuceneQuery query, IReadOnlySet<string> fields)
    {
        if (fields.Contains(SearchFields.Title))
            _title = Create(query, SearchFields.Title, _ => new NullFragmenter());
        if (fields.Contains(SearchFields.Abstract))
            _abstract = Create(query, SearchFields.Abstract, scorer => new SpanFragmenterPerText(scorer));
        if (fields.Contains(SearchFields.Authors))
            _authors = Create(query, SearchFields.Authors, _ => new NullFragmenter());
    }

    private readonly Lock _lock = new();

    public HighlightedText Title(Paper paper)
    {
        if (_title is null) return HighlightedText.Plain(Clean(paper.Title));
        lock (_lock) return Whole(_title, SearchFields.Title, paper.Title);
    }

    public HighlightedText Authors(Paper paper)
    {
        if (_authors is null) return HighlightedText.Plain(string.Join(", ", paper.Authors.Select(Clean)));
        lock (_lock) return AuthorsLocked(_authors, paper);
    }

    private static HighlightedText AuthorsLocked(Highlighter highlighter, Paper paper)
    {
        var text = new StringBuilder();
        var matches = new List<TextRange>();
        foreach (var author in paper.Authors)
        {
            if (text.Length > 0) text.Append(", ");
            var highlighted = Whole(highlighter, SearchFields.Authors, author);
            foreach (var match in highlighted.Matches) matches.Add(match with { Start = match.Start + text.Length });
            text.Append(highlighted.Text);
        }
        return new HighlightedText(text.ToString(), matches);
    }

    public HighlightedText Snippet(Paper paper)
    {
        string text = Clean(paper.Abstract);
        if (_abstract is null) return HighlightedText.Plain(Opening(text));
        lock (_lock) return SnippetLocked(_abstract, text);
    }

    private static HighlightedText SnippetLocked(Highlighter highlighter, string text)
    {
        var best = Fragments(highlighter, SearchFields.Abstract, text, MaxFragments)
            .Where(fragment => fragment.Score > 0)
            .OrderBy(fragment => fragment.FragNum)
            .Select(fragment => fragment.ToString().Trim())
            .ToList();
        if (best.Count == 0) return HighlightedText.Plain(Opening(text));

        var snippet = new StringBuilder();
        for (int i = 0; i < best.Count; i++)
        {
            string plain = Unmarked(best[i]);
            if (i > 0) snippet.Append(' ').Append(Ellipsis).Append(' ');
            else if (!text.StartsWith(plain, StringComparison.Ordinal)) snippet.Append(Ellipsis);
            snippet.Append(best[i]);
            if (i == best.Count - 1 && !text.TrimEnd().EndsWith(plain, StringComparison.Ordinal)) snippet.Append(Ellipsis);
        }
        return Parse(snippet.ToString());
    }

    private static Highlighter Create(LuceneQuery query, string field, Func<QueryScorer, IFragmenter> fragmenter)
    {
        var scorer = new PrefixExpandingScorer(query, field);
        return new Highlighter(new MarkFormatter(), scorer) { TextFragmenter = fragmenter(scorer), MaxDocCharsToAnalyze = 100_000 };
    }

    private static HighlightedText Whole(Highlighter highlighter, string field, string text)
    {
        text = Clean(text);
        var fragment = Fragments(highlighter, field, text, 1).FirstOrDefault();
        return fragment is null || fragment.Score <= 0 ? HighlightedText.Plain(text) : Parse(fragment.ToString());
    }

    private static TextFragment[] Fragments(Highlighter highlighter, string field, string text, int count)
    {
        using var tokens = PaperAnalyzer.Instance.GetTokenStream(field, text);
        return highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: true, count);
    }

    /// <summary>Text marked by <see cref="MarkFormatter"/> as plain text and ranges; adjacent matches
    /// (the words of a phrase) become one range.</summary>
    private static HighlightedText Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var matches = new List<TextRange>();
        int start = -1;
        foreach (char c in marked)
        {
            if (c == Open)
            {
                start = text.Length;
            }
            else if (c == Close && start >= 0)
            {
                if (matches.Count > 0 && IsBlank(text, matches[^1].End, start))
                    matches[^1] = matches[^1] with { Length = text.Length - matches[^1].Start };
                else
                    matches.Add(new TextRange(start, text.Length - start));
                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }
        return new HighlightedText(text.ToString(), matches);
    }

    private static bool IsBlank(StringBuilder text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static string Unmarked(string marked) => marked.Replace(Open.ToString(), "").Replace(Close.ToString(), "");

    /// <summary>The text with the marker characters replaced, should a listing ever contain them.</summary>
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAny(Open, Close) < 0 ? text : text.Replace(Open, '\uFFFD').Replace(Close, '\uFFFD');

    /// <summary>The start of the abstract, cut at a word, for papers that matched elsewhere.</summary>
    private static string Opening(string text)
    {
        const int Length = 2 * FragmentSize;
        if (text.Length <= Length) return text;
        int cut = text.LastIndexOf(' ', Length);
        return text[..(cut > 0 ? cut : Length)].TrimEnd(',', ';', ':', ' ') + Ellipsis;
    }

    /// <summary>
    /// Lucene's <see cref="SimpleSpanFragmenter"/>, a new one for each text. Its <c>Start</c> does not reset the
    /// position it waits for when the last text ended inside a phrase, and then makes the whole next text one
    /// fragment: reused, a snippet would depend on which hits were highlighted before it.
    /// </summary>
    private sealed class SpanFragmenterPerText(QueryScorer scorer) : IFragmenter
    {
        private SimpleSpanFragmenter? _text;

        public void Start(string originalText, TokenStream tokenStream)
        {
            _text = new SimpleSpanFragmenter(scorer, FragmentSize);
            _text.Start(originalText, tokenStream);
        }

        public bool IsNewFragment() => _text!.IsNewFragment();
    }

    private sealed class MarkFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }
}
