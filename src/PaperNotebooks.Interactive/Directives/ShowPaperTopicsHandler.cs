using Microsoft.DotNet.Interactive;
using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Model;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Charts the matching papers per category, then per category and year; or, with <c>--keywords</c>, lists their
/// key phrases and charts them by year.</summary>
internal sealed class ShowPaperTopicsHandler(PaperSession session)
{
    public const int DefaultPhrases = 20;

    public async Task HandleAsync(ShowPaperTopics command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Topics);
        if (!command.Keywords)
        {
            if (command.Top is not null) throw new PaperCommandException("--top goes with --keywords: #!paper topics --keywords --top 10");
            var kind = ChartChoices.TopicChart(command.Chart);
            var selection = await ChartSelection.ResolveAsync(command, session, context);
            selection.Display(selection.Papers.TopicsChart(kind), context);
            selection.Display(selection.Papers.TopicYearHeatmap(), context);
            return;
        }

        if (command.Chart is not null) throw new PaperCommandException("--chart draws categories; leave it out with --keywords.");
        int top = ChartChoices.PhraseCount(command.Top, DefaultPhrases);
        var chosen = await ChartSelection.ResolveAsync(command, session, context);
        var papers = chosen.Papers as PaperCollection ?? new PaperCollection(chosen.Papers);
        var phrases = await LongWork.RunAsync(() => KeyPhrases.ForCollection(papers, top), context.CancellationToken);
        string caption = (chosen.Caption ?? PaperText.Plural(papers.Count, "paper", "papers")) + $" — top {PaperText.Plural(phrases.Count, "key phrase", "key phrases")}";
        context.Display(new KeyPhraseTable(caption, phrases));
        var byYear = await LongWork.RunAsync(() => KeyPhrases.ByYear(papers, phrases.Select(p => p.Phrase)), context.CancellationToken);
        chosen.Display(byYear.KeyPhraseYearHeatmap(), context);
    }
}
