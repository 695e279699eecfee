using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Analytics;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper stats [--from &lt;var&gt;]</c>.</summary>
public sealed class ShowPaperStatistics : KernelDirectiveCommand
{
    public string? From { get; set; }
}

/// <summary>Shows counts by year and category, top authors and the share with code.</summary>
internal sealed class StatsSubcommand : PaperSubcommand<ShowPaperStatistics>
{
    public override SubcommandSpec Spec { get; } = new(
        "stats", "Counts by year and by category, top authors, share with code.",
        [PaperGrammar.From],
        ["#!paper stats", "#!paper stats --from ml"]);

    protected override async Task HandleAsync(ShowPaperStatistics command, SubcommandCall call)
    {
        var (_, papers) = await call.PapersAsync(command.From);
        call.Display(ListingStatistics.Compute(papers));
    }
}
