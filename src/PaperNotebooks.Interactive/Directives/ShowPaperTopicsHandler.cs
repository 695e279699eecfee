using Microsoft.DotNet.Interactive;
using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Query;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Charts the matching papers per category, then per category and year.</summary>
internal sealed class ShowPaperTopicsHandler(PaperSession session)
{
    public async Task HandleAsync(ShowPaperTopics command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Topics);
        var kind = ChartChoices.TopicChart(command.Chart);
        var selection = await ChartSelection.ResolveAsync(command, session, context);
        selection.Display(selection.Papers.TopicsChart(kind), context);
        selection.Display(selection.Papers.TopicYearHeatmap(), context);
    }
}
