using Microsoft.DotNet.Interactive;
using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Charts the matching papers per year or month.</summary>
internal sealed class ShowPaperTimelineHandler(PaperSession session)
{
    public async Task HandleAsync(ShowPaperTimeline command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Timeline);
        var options = new TimelineOptions { By = ChartChoices.Period(command.By), Stack = ChartChoices.Stack(command.Stack) };
        var selection = await ChartSelection.ResolveAsync(command, session, context);
        selection.Display(selection.Papers.TimelineChart(options), context);
    }
}
