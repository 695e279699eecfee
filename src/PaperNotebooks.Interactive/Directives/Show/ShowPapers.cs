using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Formatters;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper show &lt;id or words of the title&gt; [--from &lt;var&gt;]</c>: paper cards.</summary>
public sealed class ShowPapers : PaperDirectiveCommand
{
    /// <summary>An id or words of a title; the typed line gives all the words when there are several.</summary>
    public string? Paper { get; set; }

    public string? From { get; set; }
}

/// <summary>Shows the card of the paper with an id, or of each paper whose title holds all the words.</summary>
internal sealed class ShowSubcommand : PaperSubcommand<ShowPapers>
{
    /// <summary>More matches than this are listed as a table rather than as cards.</summary>
    public const int MostCards = 5;

    public override SubcommandSpec Spec { get; } = new(
        "show", "The card of a paper, by id or words of its title.",
        [
            new("--paper", "<id or words of the title>", "the paper's id, or words of its title (no quotes needed)", Implicit: true, Values: Offered.Ids, Many: true),
            PaperGrammar.From,
        ],
        ["#!paper show long context training", "#!paper show tanaka2021automatic"]);

    protected override async Task HandleAsync(ShowPapers command, SubcommandCall call)
    {
        string? text = call.Words.Count > 0 ? string.Join(" ", call.Words) : command.Paper;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PaperCommandException("'#!paper show' needs an id or words of a title, for example: #!paper show long context training");
        }

        var (name, papers) = await call.PapersAsync(command.From);
        var found = PaperLookup.Find(papers, text);
        if (found.Count == 0)
        {
            throw new PaperCommandException($"No paper in {name} has the id or title words {PaperCommandException.Quote(text.Trim())}.");
        }
        if (found.Count > MostCards)
        {
            call.Display(new PaperTable($"{PaperText.Count(found.Count)} papers in {name} match {PaperCommandException.Quote(text.Trim())}; add words or give an id to see cards.", found));
            return;
        }
        foreach (var paper in found) call.Display(paper);
    }
}
