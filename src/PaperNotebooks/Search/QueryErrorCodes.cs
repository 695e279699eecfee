namespace PaperNotebooks.Search;

/// <summary>The codes of <see cref="QueryError"/>. Codes never change meaning once published.</summary>
public static class QueryErrorCodes
{
    /// <summary>The query is empty or only spaces.</summary>
    public const string Empty = "PN101";
    /// <summary>The query is longer than <see cref="PaperSearchIndex.MaxQueryLength"/> characters.</summary>
    public const string TooLong = "PN102";
    /// <summary>A <c>"</c> without its closing quote.</summary>
    public const string UnclosedQuote = "PN103";
    /// <summary>A <c>(</c> without its <c>)</c>, a <c>)</c> without its <c>(</c>, or <c>()</c>.</summary>
    public const string UnbalancedParenthesis = "PN104";
    /// <summary><c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>-</c> or a field prefix with nothing to apply to.</summary>
    public const string MissingOperand = "PN105";
    /// <summary>A prefix that is not a field (<c>foo:bar</c>).</summary>
    public const string UnknownField = "PN106";
    /// <summary>A value the field cannot take (<c>year:soon</c>, <c>has:pdf</c>).</summary>
    public const string BadValue = "PN107";
    /// <summary>A <c>*</c> anywhere but at the end of a word.</summary>
    public const string BadWildcard = "PN108";
    /// <summary>Nothing is left to search for once stop words are removed (<c>the OR of</c>).</summary>
    public const string NothingToSearch = "PN109";
    /// <summary>Parentheses nested too deep, or a query that expands to too many terms.</summary>
    public const string TooComplex = "PN110";
    /// <summary>A number of results that is not between 1 and <see cref="PaperSearchIndex.MaxTop"/>.</summary>
    public const string BadTop = "PN111";
    /// <summary>No paper has the id given to <see cref="PaperSearchIndex.Similar"/>.</summary>
    public const string UnknownPaper = "PN112";
    /// <summary>A word longer than any word the index holds (<see cref="QueryCompiler.MaxWordLength"/> characters).</summary>
    public const string WordTooLong = "PN113";
}
