using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Session;

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

        kernel.AddDirective<ShowPaperHelp>(root, Guarded<ShowPaperHelp>(ShowPaperHelpHandler.HandleAsync));
        kernel.AddDirective<LoadPaperListing>(subcommands["load"], Guarded<LoadPaperListing>(new LoadPaperListingHandler(session).HandleAsync));
        kernel.AddDirective<ListPapers>(subcommands["list"], Guarded<ListPapers>(new ListPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowPapers>(subcommands["show"], Guarded<ShowPapers>(new ShowPapersHandler(session).HandleAsync));
        kernel.AddDirective<SearchPapers>(subcommands["search"], Guarded<SearchPapers>(new SearchPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowSimilarPapers>(subcommands["similar"], Guarded<ShowSimilarPapers>(new ShowSimilarPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperStatistics>(subcommands["stats"], Guarded<ShowPaperStatistics>(new ShowPaperStatisticsHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperTimeline>(subcommands["timeline"], Guarded<ShowPaperTimeline>(new ShowPaperTimelineHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperTopics>(subcommands["topics"], Guarded<ShowPaperTopics>(new ShowPaperTopicsHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperAuthors>(subcommands["authors"], Guarded<ShowPaperAuthors>(new ShowPaperAuthorsHandler(session).HandleAsync));
        kernel.AddDirective<ExportPapers>(subcommands["export"], Guarded<ExportPapers>(new ExportPapersHandler(session).HandleAsync));
        kernel.AddDirective<ShowPaperHelp>(subcommands["help"], Guarded<ShowPaperHelp>(ShowPaperHelpHandler.HandleAsync));
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

    /// <summary>A mistake in a line fails the cell with its message alone: no stack trace, and the kernel goes on.</summary>
    private static Func<T, KernelInvocationContext, Task> Guarded<T>(Func<T, KernelInvocationContext, Task> handle)
        where T : KernelCommand =>
        async (command, context) =>
        {
            try
            {
                await handle(command, context);
            }
            catch (PaperCommandException e)
            {
                context.Fail(command, message: e.Message);
            }
        };
}
