using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Arguments;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper authors [--top &lt;n&gt;] [--network] [filters]</c>: the top authors, and who wrote with whom.</summary>
public sealed class ShowPaperAuthors : PaperFilterCommand
{
    /// <summary><c>--top</c>: how many authors.</summary>
    public string? Top { get; set; }

    /// <summary><c>--network</c>: the co-authorship network too.</summary>
    public bool Network { get; set; }
}

/// <summary>Charts the authors of the matching papers with most papers, and with <c>--network</c> who wrote with whom.</summary>
internal sealed class AuthorsSubcommand : PaperSubcommand<ShowPaperAuthors>
{
    /// <summary>More authors than this make a chart nobody can read, and a network slow to lay out.</summary>
    public const int MostAuthors = 100;

    public override SubcommandSpec Spec { get; } = new(
        "authors", "A chart of the authors with most papers (one person whatever the accents), and their co-authorship network.",
        [
            new("--top", "<n>", $"how many authors, 1 to {MostAuthors} (default: 20, and 30 in the network)"),
            new("--network", null, "also draw who wrote with whom", Flag: true),
            .. PaperGrammar.Selection,
        ],
        ["#!paper authors", "#!paper authors --top 10 --network", "#!paper authors --category CL --year 2024"]);

    protected override async Task HandleAsync(ShowPaperAuthors command, SubcommandCall call)
    {
        int? top = ChartChoices.OptionalCount(command.Top, MostAuthors);
        var selection = await call.SelectAsync(command);
        selection.Display(top is { } n ? selection.Papers.AuthorsFigure(n) : selection.Papers.AuthorsFigure(), call.Context);
        if (command.Network)
        {
            selection.Display(top is { } m ? selection.Papers.CoauthorNetworkFigure(m) : selection.Papers.CoauthorNetworkFigure(), call.Context);
        }
    }
}
