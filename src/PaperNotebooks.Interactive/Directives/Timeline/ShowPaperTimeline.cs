using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper timeline [--by year|month] [--stack category|code|none] [filters]</c>: papers per period.</summary>
public sealed class ShowPaperTimeline : PaperFilterCommand
{
    /// <summary><c>--by</c>: year or month.</summary>
    public string? By { get; set; }

    /// <summary><c>--stack</c>: category, code or none.</summary>
    public string? Stack { get; set; }
}

/// <summary>Charts the matching papers per year or month.</summary>
internal sealed class TimelineSubcommand : PaperSubcommand<ShowPaperTimeline>
{
    public static IReadOnlyList<string> Periods { get; } = ["year", "month"];

    public static IReadOnlyList<string> Stacks { get; } = ["category", "code", "none"];

    public override SubcommandSpec Spec { get; } = new(
        "timeline", "A chart of papers per year or month, stacked by category or by code; periods without papers show as zero.",
        [
            new("--by", "year|month", "the length of a bar (default: year)", Values: Offered.Fixed(Periods)),
            new("--stack", "category|code|none", "what the bars are split by (default: category)", Values: Offered.Fixed(Stacks)),
            .. PaperGrammar.Selection,
        ],
        ["#!paper timeline", "#!paper timeline --by month --stack code", "#!paper timeline --category LG --year 2023..2026 --stack none"]);

    protected override async Task HandleAsync(ShowPaperTimeline command, SubcommandCall call)
    {
        var options = new TimelineOptions
        {
            By = ChartChoices.Choose("--by", command.By, Periods, TimelinePeriod.Year, [TimelinePeriod.Year, TimelinePeriod.Month]),
            Stack = ChartChoices.Choose("--stack", command.Stack, Stacks, TimelineStack.Category, [TimelineStack.Category, TimelineStack.Code, TimelineStack.None]),
        };
        var selection = await call.SelectAsync(command);
        selection.Display(selection.Papers.TimelineFigure(options), call.Context);
    }
}
