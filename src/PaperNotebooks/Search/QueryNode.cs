namespace PaperNotebooks.Search;

/// <summary>Which field a term of a query looks in.</summary>
internal enum QueryField
{
    /// <summary>Free words: title, abstract and authors.</summary>
    Any,
    Title,
    Authors,
    Abstract,
    Category,
    Affiliations,
    Id,
    Venue,
    ArxivId,
    Doi,
    Year,
    Has,
    Topic,
}

internal enum TermKind
{
    Word,
    Phrase,
    Prefix,
}

/// <summary>A node of a parsed query; <see cref="Start"/> is the 0-based index of its first character in the query.</summary>
internal abstract record QueryNode(int Start, int Length);

internal sealed record OrNode(IReadOnlyList<QueryNode> Children, int Start, int Length) : QueryNode(Start, Length);

internal sealed record AndNode(IReadOnlyList<QueryNode> Children, int Start, int Length) : QueryNode(Start, Length);

internal sealed record NotNode(QueryNode Child, int Start, int Length) : QueryNode(Start, Length);

/// <summary>A word, <c>"phrase"</c> or <c>prefix*</c> (the text without its quotes or star) in one field.</summary>
internal sealed record TermNode(QueryField Field, TermKind Kind, string Text, int Start, int Length) : QueryNode(Start, Length);
