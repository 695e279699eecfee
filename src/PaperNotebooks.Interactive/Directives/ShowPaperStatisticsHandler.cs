using Microsoft.DotNet.Interactive;
using PaperNotebooks.Analytics;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Shows counts by year and category, top authors and the share with code.</summary>
internal sealed class ShowPaperStatisticsHandler(PaperSession session)
{
    public async Task HandleAsync(ShowPaperStatistics command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Stats);
        var (_, papers) = await session.ResolveAsync(command.From, context);
        context.Display(ListingStatistics.Compute(papers));
    }
}
