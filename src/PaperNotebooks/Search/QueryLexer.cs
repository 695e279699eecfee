namespace PaperNotebooks.Search;

/// <summary>
/// Cuts a query into tokens: words, <c>"phrases"</c>, <c>field:</c> prefixes, parentheses, <c>AND</c> <c>OR</c>
/// <c>NOT</c> (upper case only; lower-case <c>and</c> is a word) and a leading <c>-</c>.
/// </summary>
internal static class QueryLexer
{
    /// <summary>The field prefixes, with the long names people type out of habit.</summary>
    public static readonly IReadOnlyDictionary<string, QueryField> Fields =
        new Dictionary<string, QueryField>(StringComparer.OrdinalIgnoreCase)
        {
            ["ti"] = QueryField.Title, ["title"] = QueryField.Title,
            ["au"] = QueryField.Authors, ["author"] = QueryField.Authors, ["authors"] = QueryField.Authors,
            ["abs"] = QueryField.Abstract, ["abstract"] = QueryField.Abstract,
            ["cat"] = QueryField.Category, ["category"] = QueryField.Category,
            ["aff"] = QueryField.Affiliations, ["affiliation"] = QueryField.Affiliations,
            ["id"] = QueryField.Id,
            ["venue"] = QueryField.Venue, ["journal"] = QueryField.Venue,
            ["arxiv"] = QueryField.ArxivId,
            ["doi"] = QueryField.Doi,
            ["year"] = QueryField.Year,
            ["has"] = QueryField.Has,
            ["topic"] = QueryField.Topic,
        };

    public const string FieldList = "ti: au: abs: cat: aff: venue: id: arxiv: doi: year: has: topic:";

    public static List<QueryToken>? Tokenize(string query, out QueryError? error)
    {
        error = null;
        var tokens = new List<QueryToken>();
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new(QueryTokenKind.Open, "(", i++, 1));
            }
            else if (c == ')')
            {
                tokens.Add(new(QueryTokenKind.Close, ")", i++, 1));
            }
            else if (c == '"')
            {
                int close = query.IndexOf('"', i + 1);
                if (close < 0)
                {
                    error = Error(query, QueryErrorCodes.UnclosedQuote, i, query.Length - i,
                        $"the quote at column {i + 1} is never closed: {Fragment(query, i, query.Length - i)}");
                    return null;
                }
                tokens.Add(new(QueryTokenKind.Phrase, query[(i + 1)..close], i, close + 1 - i));
                i = close + 1;
            }
            else if (c == '-')
            {
                if (i + 1 >= query.Length || char.IsWhiteSpace(query[i + 1]) || query[i + 1] == ')')
                {
                    error = Error(query, QueryErrorCodes.MissingOperand, i, 1,
                        $"'-' at column {i + 1} needs a term right after it, as in -deepspeed");
                    return null;
                }
                tokens.Add(new(QueryTokenKind.Minus, "-", i++, 1));
            }
            else
            {
                int start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"')) i++;
                if (!AddRun(query, start, i, tokens, out error)) return null;
            }
        }
        tokens.Add(new(QueryTokenKind.End, "", query.Length, 0));
        return tokens;
    }

    private static bool AddRun(string query, int start, int end, List<QueryToken> tokens, out QueryError? error)
    {
        error = null;
        string run = query[start..end];
        switch (run)
        {
            case "AND": tokens.Add(new(QueryTokenKind.And, run, start, run.Length)); return true;
            case "OR": tokens.Add(new(QueryTokenKind.Or, run, start, run.Length)); return true;
            case "NOT": tokens.Add(new(QueryTokenKind.Not, run, start, run.Length)); return true;
        }

        int colon = run.IndexOf(':');
        if (colon <= 0 || !IsLetters(run.AsSpan(0, colon)))
        {
            tokens.Add(new(QueryTokenKind.Word, run, start, run.Length));
            return true;
        }

        string name = run[..colon];
        if (!Fields.ContainsKey(name))
        {
            error = Error(query, QueryErrorCodes.UnknownField, start, colon + 1,
                $"unknown field '{name}:' at column {start + 1}; the fields are {FieldList} (quote the text to search for it as is)");
            return false;
        }
        tokens.Add(new(QueryTokenKind.Field, name.ToLowerInvariant(), start, colon + 1));
        if (colon + 1 < run.Length)
        {
            tokens.Add(new(QueryTokenKind.Word, run[(colon + 1)..], start + colon + 1, run.Length - colon - 1));
        }
        else if (end >= query.Length || query[end] is not ('"' or '('))
        {
            error = Error(query, QueryErrorCodes.MissingOperand, start, colon + 1,
                $"'{name}:' at column {start + 1} needs a value right after the colon, as in {name}:word or {name}:\"a phrase\"");
            return false;
        }
        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    public static QueryError Error(string query, string code, int start, int length, string message) =>
        new(code, query, start + 1, Math.Max(1, length), message);

    /// <summary>The typed text of a part of the query, quoted and cut short for a message.</summary>
    public static string Fragment(string query, int start, int length)
    {
        const int MaxShown = 30;
        length = Math.Min(length, query.Length - start);
        return length <= MaxShown ? $"'{query.Substring(start, length)}'" : $"'{query.Substring(start, MaxShown)}…'";
    }
}
