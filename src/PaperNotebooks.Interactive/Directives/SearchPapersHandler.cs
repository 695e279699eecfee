using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Runs the typed query on a collection and shows the ranked hits; a malformed query fails with where it broke.</summary>
internal sealed class SearchPapersHandler(PaperSession session)
{
    public const int DefaultTop = 20;

    public async Task HandleAsync(SearchPapers command, KernelInvocationContext context)
    {
        var line = DirectiveLine.TextOf(command) is { } text
            ? QueryLine.Parse(text, PaperGrammar.Search.Name)
            : new QueryLine(command.Query ?? "", command.From, command.Top);
        if (string.IsNullOrWhiteSpace(line.Query))
        {
            throw new PaperCommandException("'#!paper search' needs a query, for example: #!paper search au:\"sam ade jacobs\" AND year:2024");
        }
        int top = ChartChoices.HitCount(line.Top, DefaultTop);
        var (_, papers) = await session.ResolveAsync(line.From, context);

        var result = await LongWork.RunAsync(() => papers.Search(line.Query, top), context.CancellationToken);
        if (result.Error is { } error) throw new PaperCommandException(Describe(error));
        context.Display(result);
    }

    /// <summary><c>Query error PN101 at column 5: ...</c>, then the query with carets under the part at fault.</summary>
    public static string Describe(QueryError error) =>
        (error.Column > 0 ? $"Query error {error.Code} at column {error.Column}: {error.Message}." : $"Query error {error.Code}: {error.Message}.") +
        "\n" + error.Pointer;
}
