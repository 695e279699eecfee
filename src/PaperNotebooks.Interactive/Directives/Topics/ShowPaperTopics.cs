using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper topics [--chart bar|pie|treemap] [filters] [--keywords [--top &lt;n&gt;]]</c>: papers per category,
/// and per category and year; with <c>--keywords</c>, the key phrases and their trend by year instead.</summary>
public sealed class ShowPaperTopics : PaperFilterCommand
{
    /// <summary><c>--chart</c>: bar, pie or treemap.</summary>
    public string? Chart { get; set; }

    /// <summary><c>--keywords</c>: key phrases instead of categories.</summary>
    public bool Keywords { get; set; }

    /// <summary><c>--top</c>: with <c>--keywords</c>, how many phrases.</summary>
    public string? Top { get; set; }
}

/// <summary>Charts the matching papers per category, then per category and year; or, with <c>--keywords</c>, lists their
/// key phrases and charts them by year.</summary>
internal sealed class TopicsSubcommand : PaperSubcommand<ShowPaperTopics>
{
    public const int DefaultPhrases = 20;

    /// <summary>More phrases than this make a heatmap nobody can read.</summary>
    public const int MostPhrases = 100;

    public static IReadOnlyList<string> Charts { get; } = ["bar", "pie", "treemap"];

    public override SubcommandSpec Spec { get; } = new(
        "topics", "A chart of papers per category, and a heatmap of papers per category and year.",
        [
            new("--chart", "bar|pie|treemap", "how papers per category are drawn (default: bar)", Values: Offered.Fixed(Charts)),
            .. PaperGrammar.Selection,
            new("--keywords", null, "key phrases instead: the top phrases with counts, and a phrase-by-year heatmap", Flag: true),
            new("--top", "<n>", $"with --keywords, how many phrases, 1 to {MostPhrases} (default: 20)"),
        ],
        ["#!paper topics", "#!paper topics --chart treemap", "#!paper topics --chart pie --has-code", "#!paper topics --keywords --top 15"]);

    protected override async Task HandleAsync(ShowPaperTopics command, SubcommandCall call)
    {
        if (!command.Keywords)
        {
            if (command.Top is not null) throw new PaperCommandException("--top goes with --keywords: #!paper topics --keywords --top 10");
            var kind = ChartChoices.Choose("--chart", command.Chart, Charts, TopicChartKind.Bar, [TopicChartKind.Bar, TopicChartKind.Pie, TopicChartKind.Treemap]);
            var selection = await call.SelectAsync(command);
            selection.Display(selection.Papers.TopicsChart(kind), call.Context);
            selection.Display(selection.Papers.TopicYearHeatmap(), call.Context);
            return;
        }

        if (command.Chart is not null) throw new PaperCommandException("--chart draws categories; leave it out with --keywords.");
        int top = ChartChoices.Count(command.Top, DefaultPhrases, MostPhrases);
        var chosen = await call.SelectAsync(command);
        var papers = chosen.Papers;
        var phrases = await LongWork.RunAsync(() => KeyPhrases.ForCollection(papers, top), call.CancellationToken);
        string caption = (chosen.Caption ?? PaperText.Plural(papers.Count, "paper", "papers")) + $" — top {PaperText.Plural(phrases.Count, "key phrase", "key phrases")}";
        call.Display(new KeyPhraseTable(caption, phrases));
        var byYear = await LongWork.RunAsync(() => KeyPhrases.ByYear(papers, phrases.Select(p => p.Phrase)), call.CancellationToken);
        chosen.Display(byYear.KeyPhraseYearHeatmap(), call.Context);
    }
}
