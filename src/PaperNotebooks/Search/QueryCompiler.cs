using System.Globalization;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PaperNotebooks.Model;
using LuceneQuery = Lucene.Net.Search.Query;

namespace PaperNotebooks.Search;

/// <summary>
/// Turns a parsed query into a Lucene query. Words and phrases go through the same analyzer as the index, so
/// case, accents and compound names match as they were indexed; a word that the analyzer drops (a stop word)
/// drops out of the query. Values the fields cannot take (<c>year:soon</c>) are reported with their column.
/// </summary>
internal sealed class QueryCompiler
{
    private static readonly QueryBuilder Builder = new(PaperAnalyzer.Instance);

    private readonly string _query;
    private readonly PaperCollection _papers;
    private QueryError? _error;

    private QueryCompiler(string query, PaperCollection papers) => (_query, _papers) = (query, papers);

    /// <summary>The text fields the query looks in (title, abstract, authors, affiliations): only these can show matches.</summary>
    private readonly HashSet<string> _textFields = [];

    /// <param name="papers">The papers searched, in index order: <c>id:</c> finds them by position.</param>
    public static LuceneQuery? Compile(QueryNode node, string query, PaperCollection papers, out QueryError? error, out IReadOnlySet<string> textFields)
    {
        var compiler = new QueryCompiler(query, papers);
        var result = compiler.Build(node);
        error = compiler._error;
        textFields = compiler._textFields;
        if (error is null && result is null)
        {
            error = new QueryError(QueryErrorCodes.NothingToSearch, query, 1, query.Length,
                $"nothing to search for in {QueryLexer.Fragment(query, 0, query.Length)}: only common words such as 'the' or 'of', which are not indexed");
        }
        return error is null ? result : null;
    }

    private LuceneQuery? Build(QueryNode node) => node switch
    {
        OrNode or => BuildOr(or),
        AndNode and => BuildAnd(and.Children),
        NotNode not => BuildAnd([not]),
        TermNode term => BuildTerm(term),
        _ => throw new InvalidOperationException($"Unknown query node {node.GetType().Name}."),
    };

    private LuceneQuery? BuildOr(OrNode or)
    {
        var query = new BooleanQuery();
        foreach (var child in or.Children)
        {
            var built = Build(child);
            if (built is not null) query.Add(built, Occur.SHOULD);
        }
        return query.Clauses.Count switch
        {
            0 => null,
            1 => query.Clauses[0].Query,
            _ => query,
        };
    }

    private BooleanQuery? BuildAnd(IReadOnlyList<QueryNode> children)
    {
        var query = new BooleanQuery();
        bool anyRequired = false;
        foreach (var child in children)
        {
            bool negated = child is NotNode;
            var built = Build(child is NotNode not ? not.Child : child);
            if (built is null) continue;
            query.Add(built, negated ? Occur.MUST_NOT : Occur.MUST);
            anyRequired |= !negated;
        }
        if (query.Clauses.Count == 0) return null;
        // Lucene matches nothing with only MUST_NOT clauses; "-chat" means every paper but those.
        if (!anyRequired) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private LuceneQuery? BuildTerm(TermNode term) => term.Field switch
    {
        QueryField.Any => FreeText(term),
        QueryField.Title => Analyzed(SearchFields.Title, term),
        QueryField.Abstract => Analyzed(SearchFields.Abstract, term),
        QueryField.Authors => Analyzed(SearchFields.Authors, term),
        QueryField.Affiliations => Analyzed(SearchFields.Affiliations, term),
        QueryField.Category => Keyword(SearchFields.Category, term, CategoryTerm(term.Text)),
        QueryField.Id => PositionsQuery.For(PositionsQuery.OfId(_papers, term.Text, term.Kind == TermKind.Prefix)),
        QueryField.Venue => Analyzed(SearchFields.Venue, term),
        QueryField.ArxivId => Keyword(SearchFields.ArxivId, term, PaperIdentifiers.ArxivId(term.Text) ?? term.Text.Trim().ToLowerInvariant()),
        QueryField.Doi => Keyword(SearchFields.Doi, term, PaperIdentifiers.Doi(term.Text) ?? term.Text.Trim().ToLowerInvariant()),
        QueryField.Year => Year(term),
        QueryField.Has => Has(term),
        QueryField.Topic => Topic(term),
        _ => throw new InvalidOperationException($"Unknown field {term.Field}."),
    };

    /// <summary>A free word in title, authors or abstract, boosted so that title matches rank first.</summary>
    private LuceneQuery? FreeText(TermNode term)
    {
        // A stop word in the text fields is no reason to require it in the authors.
        if (Analyzed(SearchFields.Title, term) is null) return null;
        var query = new BooleanQuery();
        foreach (var (field, boost) in SearchFields.FreeText)
        {
            var inField = Analyzed(field, term);
            if (inField is null) continue;
            inField.Boost = boost;
            query.Add(inField, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The longest word the tokenizer keeps; longer ones are in no index.</summary>
    internal const int MaxWordLength = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

    private LuceneQuery? Analyzed(string field, TermNode term)
    {
        _textFields.Add(field);
        if (LongestWord(term.Text) > MaxWordLength)
        {
            return Fail(QueryErrorCodes.WordTooLong, term,
                $"{Typed(term)} at column {term.Start + 1} has a word of {LongestWord(term.Text).ToString("N0", CultureInfo.InvariantCulture)} characters; " +
                $"no paper has a word longer than {MaxWordLength}");
        }
        if (term.Kind == TermKind.Prefix)
        {
            string prefix = Fold(term.Text);
            if (!prefix.All(char.IsLetterOrDigit))
                return Fail(QueryErrorCodes.BadWildcard, term, $"{Typed(term)} at column {term.Start + 1}: a prefix* must be a single word, as in parallel*");
            return new PrefixQuery(new Term(field, prefix));
        }
        // Words cut into several terms by the analyzer (long-context, DeepSpeed-Chat) are matched as phrases.
        return Builder.CreatePhraseQuery(field, term.Text);
    }

    private static int LongestWord(string text)
    {
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static LuceneQuery Keyword(string field, TermNode term, string value) =>
        term.Kind == TermKind.Prefix ? new PrefixQuery(new Term(field, value)) : new TermQuery(new Term(field, value));

    /// <summary><c>LG</c>, <c>cs.LG</c> and <c>cs.lg</c> are one category; an archive (<c>cs</c>) and unknown codes are kept as typed.</summary>
    private static string CategoryTerm(string text)
    {
        text = text.Trim();
        return (ArxivCategories.Resolve(text) ?? text).ToLowerInvariant();
    }

    private LuceneQuery? Year(TermNode term)
    {
        string text = term.Text.Trim();
        int? from, to;
        int range = text.IndexOf("..", StringComparison.Ordinal);
        if (term.Kind != TermKind.Prefix && range < 0 && ParseYear(text) is int year)
        {
            from = to = year;
        }
        else if (term.Kind != TermKind.Prefix && range >= 0
            && TryParseBound(text[..range], out from) && TryParseBound(text[(range + 2)..], out to) && (from ?? to) is not null)
        {
            if (from > to)
                return Fail(QueryErrorCodes.BadValue, term, $"{Typed(term)} at column {term.Start + 1} runs backwards; write year:{to}..{from}");
        }
        else
        {
            return Fail(QueryErrorCodes.BadValue, term,
                $"{Typed(term)} at column {term.Start + 1}: year: takes a year or a range, as in year:2024, year:2021..2024 or year:2023..");
        }
        return NumericRangeQuery.NewInt32Range(SearchFields.Year, SearchFields.YearPrecisionStep, from, to, minInclusive: true, maxInclusive: true);
    }

    // topic:N — the papers of topic N (-1 or "outliers" for the outliers) in the topics last found for these papers.
    private LuceneQuery? Topic(TermNode term)
    {
        string text = term.Text.Trim();
        int topic;
        if (text.Equals("outliers", StringComparison.OrdinalIgnoreCase)) topic = Topics.TopicModel.OutlierTopic;
        else if (term.Kind == TermKind.Prefix || !int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out topic))
            return Fail(QueryErrorCodes.BadValue, term, $"{Typed(term)} at column {term.Start + 1}: topic: takes a topic number, as in topic:3 (topic:-1 or topic:outliers for the outliers)");
        var model = Topics.TopicAssignments.Of(_papers);
        if (model is null)
            return Fail(QueryErrorCodes.BadValue, term, $"{Typed(term)} at column {term.Start + 1}: these papers have no topics yet; find them first with #!paper topics (or TopicModeling.Build)");
        if (topic != Topics.TopicModel.OutlierTopic && (topic < 0 || topic >= model.K))
            return Fail(QueryErrorCodes.BadValue, term, $"{Typed(term)} at column {term.Start + 1}: there are topics 0 to {model.K - 1} (and -1 for the outliers)");
        var positions = new List<int>();
        for (int i = 0; i < _papers.Count; i++)
            if (Topics.TopicAssignments.TopicOf(_papers, _papers[i]) == topic) positions.Add(i);
        return PositionsQuery.For([.. positions]);
    }

    private static bool TryParseBound(string text, out int? year)
    {
        year = null;
        if (text.Length == 0) return true;
        year = ParseYear(text);
        return year is not null;
    }

    private static int? ParseYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;

    private LuceneQuery? Has(TermNode term)
    {
        if (term.Kind == TermKind.Prefix || !term.Text.Trim().Equals("code", StringComparison.OrdinalIgnoreCase))
            return Fail(QueryErrorCodes.BadValue, term, $"{Typed(term)} at column {term.Start + 1}: has: takes only code, as in has:code");
        return new TermQuery(new Term(SearchFields.Has, "code"));
    }

    /// <summary>Lower case and accents folded, as the analyzer leaves indexed terms.</summary>
    internal static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().ToCharArray();
        var folded = new char[lower.Length * 4];
        int length = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return new string(folded, 0, length);
    }

    private string Typed(TermNode term) => QueryLexer.Fragment(_query, term.Start, term.Length);

    private LuceneQuery? Fail(string code, TermNode term, string message)
    {
        _error ??= QueryLexer.Error(_query, code, term.Start, term.Length, message);
        return null;
    }
}
