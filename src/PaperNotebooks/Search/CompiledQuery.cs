using PaperNotebooks.Model;
using LuceneQuery = Lucene.Net.Search.Query;

namespace PaperNotebooks.Search;

/// <summary>
/// A typed query checked and compiled for a set of papers: what the index searches with, and what the scan of
/// <see cref="Scanning.ScanSearch"/> reads the papers with, so both answer the same language with the same errors.
/// </summary>
internal sealed record CompiledQuery(string Text, LuceneQuery Query, IReadOnlySet<string> TextFields)
{
    /// <summary>The compiled query, or null with <paramref name="failed"/> saying where the text or
    /// <paramref name="top"/> broke. Never throws on what a person types.</summary>
    public static CompiledQuery? Compile(PaperCollection papers, string? query, int top, out SearchResult? failed)
    {
        query ??= "";
        failed = null;
        if (top is < 1 or > PaperSearchIndex.MaxTop)
        {
            failed = SearchResult.Failed(query, new QueryError(QueryErrorCodes.BadTop, query, 0, 0,
                $"the number of results must be between 1 and {PaperSearchIndex.MaxTop}, not {top}"));
            return null;
        }
        if (query.Length > PaperSearchIndex.MaxQueryLength)
        {
            failed = SearchResult.Failed(query, QueryLexer.Error(query, QueryErrorCodes.TooLong, PaperSearchIndex.MaxQueryLength,
                query.Length - PaperSearchIndex.MaxQueryLength,
                $"the query is {query.Length} characters long; the most is {PaperSearchIndex.MaxQueryLength}"));
            return null;
        }

        var node = QueryParser.Parse(query, out var error);
        IReadOnlySet<string> textFields = new HashSet<string>();
        var compiled = node is null ? null : QueryCompiler.Compile(node, query, papers, out error, out textFields);
        if (compiled is null)
        {
            failed = SearchResult.Failed(query, error!);
            return null;
        }
        return new CompiledQuery(query, compiled, textFields);
    }

    /// <summary>Finds what matched in a hit's title, abstract and authors; one per search, shared by its hits.</summary>
    public MatchHighlighter Highlighter() => new(Query, TextFields);
}
