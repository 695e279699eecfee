namespace PaperNotebooks.Search;

/// <summary>
/// Reads our query language into a tree, by recursive descent. Precedence, loosest first: <c>OR</c>;
/// <c>AND</c> (also implied between terms written side by side); <c>NOT</c> and <c>-</c>.
/// A field prefix applies to one word, one phrase or one parenthesised group (<c>ti:(moe OR experts)</c>).
/// Never throws on bad input: the first problem is returned as a <see cref="QueryError"/> naming its column.
/// </summary>
internal sealed class QueryParser
{
    public const int MaxDepth = 32;

    private readonly string _query;
    private readonly List<QueryToken> _tokens;
    private int _position;
    private int _depth;
    private QueryError? _error;

    private QueryParser(string query, List<QueryToken> tokens)
    {
        _query = query;
        _tokens = tokens;
    }

    public static QueryNode? Parse(string query, out QueryError? error)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            error = new QueryError(QueryErrorCodes.Empty, query ?? "", 0, 0, "the query is empty; type words to search for, such as deepspeed or au:tanaka");
            return null;
        }
        var tokens = QueryLexer.Tokenize(query, out error);
        if (tokens is null) return null;

        var parser = new QueryParser(query, tokens);
        var node = parser.ParseOr(QueryField.Any);
        if (node is not null && parser.Peek.Kind == QueryTokenKind.Close)
            node = parser.Fail(QueryErrorCodes.UnbalancedParenthesis, parser.Peek, $"')' at column {parser.Peek.Start + 1} has no '(' before it");
        error = parser._error;
        return error is null ? node : null;
    }

    private QueryToken Peek => _tokens[_position];

    private QueryToken Next() => _tokens[_position++];

    private QueryNode? ParseOr(QueryField field)
    {
        var first = ParseAnd(field);
        if (first is null) return null;
        var children = new List<QueryNode> { first };
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var op = Next();
            if (!Peek.StartsTerm) return Fail(QueryErrorCodes.MissingOperand, op, $"OR at column {op.Start + 1} needs a term after it");
            var next = ParseAnd(field);
            if (next is null) return null;
            children.Add(next);
        }
        return children.Count == 1 ? first : new OrNode(children, first.Start, End(children) - first.Start);
    }

    private QueryNode? ParseAnd(QueryField field)
    {
        var first = ParseUnary(field);
        if (first is null) return null;
        var children = new List<QueryNode> { first };
        while (true)
        {
            if (Peek.Kind == QueryTokenKind.And)
            {
                var op = Next();
                if (!Peek.StartsTerm) return Fail(QueryErrorCodes.MissingOperand, op, $"AND at column {op.Start + 1} needs a term after it");
            }
            else if (!Peek.StartsTerm)
            {
                break;
            }
            var next = ParseUnary(field);
            if (next is null) return null;
            children.Add(next);
        }
        return children.Count == 1 ? first : new AndNode(children, first.Start, End(children) - first.Start);
    }

    private QueryNode? ParseUnary(QueryField field)
    {
        var token = Peek;
        switch (token.Kind)
        {
            case QueryTokenKind.Not:
            {
                Next();
                if (!Peek.StartsTerm)
                    return Fail(QueryErrorCodes.MissingOperand, token, $"NOT at column {token.Start + 1} needs a term after it, as in deepspeed NOT chat");
                var child = ParseUnary(field);
                return child is null ? null : new NotNode(child, token.Start, child.Start + child.Length - token.Start);
            }
            case QueryTokenKind.Minus:
            {
                Next();
                if (Peek.Kind is QueryTokenKind.Minus or QueryTokenKind.Not or QueryTokenKind.And or QueryTokenKind.Or)
                    return Fail(QueryErrorCodes.MissingOperand, token, $"'-' at column {token.Start + 1} needs a term right after it, as in -deepspeed");
                var child = ParsePrimary(field);
                return child is null ? null : new NotNode(child, token.Start, child.Start + child.Length - token.Start);
            }
            default:
                return ParsePrimary(field);
        }
    }

    private QueryNode? ParsePrimary(QueryField field)
    {
        var token = Next();
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
            case QueryTokenKind.Phrase:
                return Term(field, token, token.Start);
            case QueryTokenKind.Field:
            {
                var fieldOfPrefix = QueryLexer.Fields[token.Text];
                var value = Next();
                // The lexer puts a word, a phrase or '(' right after every field prefix.
                return value.Kind == QueryTokenKind.Open ? Group(fieldOfPrefix, value) : Term(fieldOfPrefix, value, token.Start);
            }
            case QueryTokenKind.Open:
                return Group(field, token);
            case QueryTokenKind.Close:
                return Fail(QueryErrorCodes.UnbalancedParenthesis, token, $"')' at column {token.Start + 1} has no '(' before it");
            case QueryTokenKind.And:
            case QueryTokenKind.Or:
                return Fail(QueryErrorCodes.MissingOperand, token, $"{token.Text} at column {token.Start + 1} needs a term before it");
            default:
                return Fail(QueryErrorCodes.MissingOperand, token, "the query ends where a term was expected");
        }
    }

    private QueryNode? Group(QueryField field, QueryToken open)
    {
        if (++_depth > MaxDepth)
            return Fail(QueryErrorCodes.TooComplex, open, $"parentheses are nested more than {MaxDepth} deep at column {open.Start + 1}");
        if (Peek.Kind == QueryTokenKind.Close)
            return Fail(QueryErrorCodes.UnbalancedParenthesis, open, $"the parentheses at column {open.Start + 1} are empty", Peek.End - open.Start);
        var inner = ParseOr(field);
        if (inner is null) return null;
        if (Peek.Kind != QueryTokenKind.Close)
            return Fail(QueryErrorCodes.UnbalancedParenthesis, open,
                $"the '(' at column {open.Start + 1} is never closed: {QueryLexer.Fragment(_query, open.Start, _query.Length - open.Start)}");
        Next();
        _depth--;
        return inner;
    }

    private QueryNode? Term(QueryField field, QueryToken value, int start)
    {
        int length = value.End - start;
        if (value.Kind == QueryTokenKind.Phrase)
        {
            if (string.IsNullOrWhiteSpace(value.Text))
                return Fail(QueryErrorCodes.NothingToSearch, value, $"the quotes at column {value.Start + 1} are empty");
            return new TermNode(field, TermKind.Phrase, value.Text, start, length);
        }

        string text = value.Text;
        int star = text.IndexOf('*');
        if (star < 0) return new TermNode(field, TermKind.Word, text, start, length);
        if (text == "*")
            return Fail(QueryErrorCodes.BadWildcard, value, $"'*' at column {value.Start + 1} needs the start of a word before it, as in deep*");
        if (star != text.Length - 1)
            return Fail(QueryErrorCodes.BadWildcard, value,
                $"{QueryLexer.Fragment(_query, value.Start, value.Length)} at column {value.Start + 1}: '*' only works at the end of a word, as in deep*");
        return new TermNode(field, TermKind.Prefix, text[..^1], start, length);
    }

    private static int End(List<QueryNode> children) => children[^1].Start + children[^1].Length;

    private QueryNode? Fail(string code, QueryToken at, string message, int? length = null)
    {
        _error ??= QueryLexer.Error(_query, code, at.Start, length ?? at.Length, message);
        return null;
    }
}
