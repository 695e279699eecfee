using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Builds <c>#!paper</c> and its subcommands from <see cref="PaperGrammar"/> and adds them to a kernel.</summary>
internal static class PaperDirective
{
    public static void AddTo(Kernel kernel, PaperSession session)
    {
        var completions = new PaperCompletions(session);
        var root = new KernelActionDirective(PaperGrammar.DirectiveName)
        {
            Description = "Load, explore and chart paper listings: load, list, show, search, similar, stats, timeline, topics, authors, export, help.",
        };
        var subcommands = PaperGrammar.Subcommands.ToDictionary(s => s.Name, s => Subcommand(s, completions));
        foreach (var subcommand in subcommands.Values) root.Subcommands.Add(subcommand);

        kernel.AddDirective<ShowPaperHelp>(root, Guarded<ShowPaperHelp>("", ShowPaperHelpHandler.HandleAsync));
        kernel.AddDirective<LoadPaperListing>(subcommands["load"], Guarded<LoadPaperListing>("load", new LoadPaperListingHandler(session).HandleAsync));
        kernel.AddDirective<ListPapers>(subcommands["list"], Guarded<ListPapers>("list", new ListPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowPapers>(subcommands["show"], Guarded<ShowPapers>("show", new ShowPapersHandler(session).HandleAsync));
        kernel.AddDirective<SearchPapers>(subcommands["search"], Guarded<SearchPapers>("search", new SearchPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowSimilarPapers>(subcommands["similar"], Guarded<ShowSimilarPapers>("similar", new ShowSimilarPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperStatistics>(subcommands["stats"], Guarded<ShowPaperStatistics>("stats", new ShowPaperStatisticsHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperTimeline>(subcommands["timeline"], Guarded<ShowPaperTimeline>("timeline", new ShowPaperTimelineHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperTopics>(subcommands["topics"], Guarded<ShowPaperTopics>("topics", new ShowPaperTopicsHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperAuthors>(subcommands["authors"], Guarded<ShowPaperAuthors>("authors", new ShowPaperAuthorsHandler(session).HandleAsync));
        kernel.AddDirective<ExportPapers>(subcommands["export"], Guarded<ExportPapers>("export", new ExportPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperHelp>(subcommands["help"], Guarded<ShowPaperHelp>("help", ShowPaperHelpHandler.HandleAsync));
    }

    private static KernelActionDirective Subcommand(SubcommandSpec spec, PaperCompletions completions)
    {
        var directive = new KernelActionDirective(spec.Name, spec.Summary);
        foreach (var parameter in spec.Parameters) directive.Parameters.Add(Parameter(parameter, completions));
        return directive;
    }

    private static KernelDirectiveParameter Parameter(ParameterSpec spec, PaperCompletions completions)
    {
        var parameter = new KernelDirectiveParameter(spec.Name, spec.Description) { Flag = spec.Flag, AllowImplicitName = spec.Implicit };
        Func<KernelDirectiveCompletionContext, Task>? values = spec.Name switch
        {
            "--category" => completions.Categories,
            "--author" => completions.Authors,
            "--year" => completions.Years,
            "--from" => completions.Names,
            "--paper" => completions.Ids,
            "--query" => context => PaperCompletions.Fixed(context, PaperGrammar.QueryFields),
            "--sort" => context => PaperCompletions.Fixed(context, PaperGrammar.SortKeys),
            "--to" => context => PaperCompletions.Fixed(context, PaperGrammar.ExportFormats),
            "--by" => context => PaperCompletions.Fixed(context, PaperGrammar.TimelinePeriods),
            "--stack" => context => PaperCompletions.Fixed(context, PaperGrammar.TimelineStacks),
            "--chart" => context => PaperCompletions.Fixed(context, PaperGrammar.TopicCharts),
            "--topic" => context => PaperCompletions.Fixed(context, PaperGrammar.SubcommandNames),
            _ => null,
        };
        return values is null ? parameter : parameter.AddCompletions(values);
    }

    /// <summary>
    /// Every handler runs inside this, so that no <c>#!paper</c> line ever ends in a stack trace: a mistake fails the cell
    /// with its message alone, an interrupt with "cancelled", and anything unforeseen (a bug) with one line that names
    /// the subcommand and the exception. The kernel goes on either way.
    /// </summary>
    private static Func<T, KernelInvocationContext, Task> Guarded<T>(string subcommand, Func<T, KernelInvocationContext, Task> handle)
        where T : KernelCommand =>
        async (command, context) =>
        {
            try
            {
                await handle(command, context);
            }
            catch (Exception e)
            {
                context.Fail(command, message: FailureMessage(subcommand, e));
            }
        };

    /// <summary>The one line a failed <c>#!paper</c> line shows.</summary>
    internal static string FailureMessage(string subcommand, Exception e)
    {
        string line = (PaperGrammar.DirectiveName + " " + subcommand).TrimEnd();
        return e switch
        {
            PaperCommandException => e.Message,
            OperationCanceledException => $"'{line}' was cancelled.",
            _ => $"'{line}' failed: {e.GetType().Name}: {Excerpt.Of(e.Message.Split('\n', 2)[0].Trim(), 200)} (this is a bug in PaperNotebooks; please report it with the line that caused it).",
        };
    }
}
