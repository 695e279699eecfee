using PaperNotebooks.Text;
using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Shows one paper and the papers most like it, each with the terms they share.</summary>
internal sealed class ShowSimilarPapersHandler(PaperSession session)
{
    public const int DefaultTop = 10;

    public async Task HandleAsync(ShowSimilarPapers command, KernelInvocationContext context)
    {
        var line = DirectiveLine.TextOf(command) is { } text
            ? QueryLine.Parse(text, PaperGrammar.Similar.Name)
            : new QueryLine(command.Paper ?? "", command.From, command.Top);
        string id = line.Query.Trim().Trim('"');
        if (id.Length == 0)
        {
            throw new PaperCommandException("'#!paper similar' needs the id of a paper, for example: #!paper similar yao2026mac");
        }
        if (id.Any(char.IsWhiteSpace))
        {
            throw new PaperCommandException($"'#!paper similar' takes one id, not {PaperCommandException.Quote(id)}. Find the id with '#!paper search' or '#!paper show'.");
        }
        int top = ChartChoices.HitCount(line.Top, DefaultTop);
        var (name, papers) = await session.ResolveAsync(line.From, context);

        var result = await LongWork.RunAsync(() => papers.Similar(id, top), context.CancellationToken);
        if (result.Error is { Code: QueryErrorCodes.UnknownPaper })
        {
            throw new PaperCommandException($"No paper in {name} has the id {PaperCommandException.Quote(id)}." + NearestName.Hint(id, papers.Select(p => p.Id)));
        }
        if (result.Error is { } error) throw new PaperCommandException(SearchPapersHandler.Describe(error));
        context.Display(result);
    }
}
