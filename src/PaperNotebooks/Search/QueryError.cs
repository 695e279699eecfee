namespace PaperNotebooks.Search;

/// <summary>Why a query could not be run, and where in the query it broke.</summary>
/// <param name="Code">A stable code such as <c>PN101</c>; see <see cref="QueryErrorCodes"/>.</param>
/// <param name="Query">The query as typed.</param>
/// <param name="Column">The 1-based column where the trouble starts; 0 when it concerns the whole query.</param>
/// <param name="Length">How many characters from <paramref name="Column"/> are at fault (at least 1 when Column is set).</param>
/// <param name="Message">One short sentence that names the fragment at fault.</param>
public sealed record QueryError(string Code, string Query, int Column, int Length, string Message)
{
    /// <summary>The query with a line of carets under the part at fault, for a fixed-width display.</summary>
    public string Pointer
    {
        get
        {
            if (Column <= 0) return Query;
            var shown = Query.Length > 200 ? Query[..200] + "…" : Query;
            int start = Math.Min(Column - 1, shown.Length);
            int width = Math.Max(1, Math.Min(Length, Math.Max(1, shown.Length - start)));
            return shown + "\n" + new string(' ', start) + new string('^', width);
        }
    }

    /// <summary>The compiler-style form: <c>column 5: error PN101: ...</c>.</summary>
    public override string ToString() =>
        Column > 0 ? $"column {Column}: error {Code}: {Message}" : $"error {Code}: {Message}";
}
