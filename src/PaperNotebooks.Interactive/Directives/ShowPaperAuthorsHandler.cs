using Microsoft.DotNet.Interactive;
using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Charts the authors of the matching papers with most papers, and with <c>--network</c> who wrote with whom.</summary>
internal sealed class ShowPaperAuthorsHandler(PaperSession session)
{
    public async Task HandleAsync(ShowPaperAuthors command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Authors);
        int? top = ChartChoices.AuthorCount(command.Top);
        var selection = await ChartSelection.ResolveAsync(command, session, context);
        selection.Display(top is { } n ? selection.Papers.AuthorsChart(n) : selection.Papers.AuthorsChart(), context);
        if (command.Network)
        {
            selection.Display(top is { } m ? selection.Papers.CoauthorNetworkChart(m) : selection.Papers.CoauthorNetworkChart(), context);
        }
    }
}
