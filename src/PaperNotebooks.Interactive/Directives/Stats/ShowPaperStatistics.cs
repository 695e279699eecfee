using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Analytics;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper stats [--from &lt;var&gt;]</c>.</summary>
public sealed class ShowPaperStatistics : PaperDirectiveCommand
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
        var (name, papers) = await call.PapersAsync(command.From);
        // A loaded set's statistics are computed once; a C# variable's on each call, since it may be a new list.
        call.Display(call.Session.Find(name) is { } loaded && ReferenceEquals(loaded.Papers, papers) ? loaded.Statistics : ListingStatistics.Compute(papers));
    }
}
