namespace PaperNotebooks.Search;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Open,
    Close,
    And,
    Or,
    Not,
    Minus,
    End,
}

/// <summary>
/// One token of a query. <see cref="Text"/> is the word, the phrase without quotes, or the field name;
/// <see cref="Start"/> and <see cref="Length"/> cover the token as typed (quotes and colon included).
/// </summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Start, int Length)
{
    /// <summary>True when this token can begin a term: a word, phrase, field, <c>(</c>, <c>NOT</c> or <c>-</c>.</summary>
    public bool StartsTerm => Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field
        or QueryTokenKind.Open or QueryTokenKind.Not or QueryTokenKind.Minus;

    public int End => Start + Length;
}
