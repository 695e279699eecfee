using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper list [filters]</c>: a table of the matching papers.</summary>
public sealed class ListPapers : PaperQueryCommand;

/// <summary>Shows the papers that match as a table.</summary>
internal sealed class ListSubcommand : PaperSubcommand<ListPapers>
{
    public override SubcommandSpec Spec { get; } = new(
        "list", "A table of the papers that match the filters.",
        PaperGrammar.Filters,
        ["#!paper list --category LG --year 2021..2024", "#!paper list --author \"Sam Ade Jacobs\" --has-code", "#!paper list --sort date --desc --top 10"]);

    protected override async Task HandleAsync(ListPapers command, SubcommandCall call)
    {
        var (name, papers) = await call.PapersAsync(command.From);
        var filter = FilterArguments.From(command, papers);
        var matches = filter.Matches(papers);
        IReadOnlyList<Paper> rows = filter.Top is { } top && top < matches.Count ? matches.Take(top).ToArray() : matches;

        string filters = filter.Describe();
        string caption = $"{name}{(filters.Length > 0 ? ": " + filters : "")} — {PaperText.Plural(matches.Count, "match", "matches")}";
        call.Display(new PaperTable(caption, rows, papers.Count));
    }
}
