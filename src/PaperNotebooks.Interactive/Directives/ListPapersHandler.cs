using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Shows the papers that match as a table.</summary>
internal sealed class ListPapersHandler(PaperSession session)
{
    public async Task HandleAsync(ListPapers command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.List);
        var (name, papers) = await session.ResolveAsync(command.From, context);
        var query = FilterArguments.From(command, papers);
        var matches = query.Matches(papers);
        var rows = query.Top is { } top && top < matches.Count ? matches.Take(top).ToArray() : matches;

        string filters = query.Describe();
        string caption = $"{name}{(filters.Length > 0 ? ": " + filters : "")} — {PaperText.Plural(matches.Count, "match", "matches")}";
        context.Display(new PaperTable(caption, rows, papers.Count));
    }
}
