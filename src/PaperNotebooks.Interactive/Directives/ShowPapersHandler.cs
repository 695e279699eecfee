using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Shows the card of the paper with an id, or of each paper whose title holds all the words.</summary>
internal sealed class ShowPapersHandler(PaperSession session)
{
    /// <summary>More matches than this are listed as a table rather than as cards.</summary>
    public const int MostCards = 5;

    public async Task HandleAsync(ShowPapers command, KernelInvocationContext context)
    {
        var words = DirectiveLine.Of(command)?.Check(PaperGrammar.Show);
        string? text = words is { Count: > 0 } ? string.Join(" ", words) : command.Paper;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PaperCommandException("'#!paper show' needs an id or words of a title, for example: #!paper show long context training");
        }

        var (name, papers) = await session.ResolveAsync(command.From, context);
        var found = PaperLookup.Find(papers, text);
        if (found.Count == 0)
        {
            throw new PaperCommandException($"No paper in {name} has the id or title words {PaperCommandException.Quote(text.Trim())}.");
        }
        if (found.Count > MostCards)
        {
            context.Display(new PaperTable($"{PaperText.Count(found.Count)} papers in {name} match {PaperCommandException.Quote(text.Trim())}; add words or give an id to see cards.", found));
            return;
        }
        foreach (var paper in found) context.Display(paper);
    }
}
