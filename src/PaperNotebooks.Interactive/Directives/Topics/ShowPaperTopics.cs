using PaperNotebooks.Charts;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper topics [--chart bar|pie|treemap] [filters] [--keywords [--top &lt;n&gt;]]</c>: papers per category,
/// and per category and year; with <c>--keywords</c>, the key phrases and their trend by year instead; with
/// <c>--model semantic|nmf [--k N|auto] [--name t]</c>, a topic model of the papers.</summary>
public sealed class ShowPaperTopics : PaperFilterCommand
{
    /// <summary><c>--chart</c>: bar, pie or treemap.</summary>
    public string? Chart { get; set; }

    /// <summary><c>--keywords</c>: key phrases instead of categories.</summary>
    public bool Keywords { get; set; }

    /// <summary><c>--top</c>: with <c>--keywords</c>, how many phrases.</summary>
    public string? Top { get; set; }

    /// <summary><c>--model</c>: semantic or nmf topics.</summary>
    public string? Model { get; set; }

    /// <summary><c>--k</c>: the number of topics, or auto.</summary>
    public string? K { get; set; }

    /// <summary><c>--name</c>: the C# variable that gets the <see cref="TopicModel"/>.</summary>
    public string? Name { get; set; }
}

/// <summary>Charts the matching papers per category, then per category and year; or, with <c>--keywords</c>, lists their
/// key phrases and charts them by year; or, with <c>--model</c>/<c>--k</c>/<c>--name</c>, finds their topics.</summary>
internal sealed class TopicsSubcommand : PaperSubcommand<ShowPaperTopics>
{
    public const int DefaultPhrases = 20;

    /// <summary>More phrases than this make a heatmap nobody can read.</summary>
    public const int MostPhrases = 100;

    public static IReadOnlyList<string> Charts { get; } = ["bar", "pie", "treemap"];

    public static IReadOnlyList<string> Models { get; } = ["semantic", "nmf"];

    public override SubcommandSpec Spec { get; } = new(
        "topics", "A chart of papers per category and a heatmap per category and year; or a topic model of the papers (--model).",
        [
            new("--chart", "bar|pie|treemap", "how papers per category are drawn (default: bar)", Values: Offered.Fixed(Charts)),
            .. PaperGrammar.Selection,
            new("--keywords", null, "key phrases instead: the top phrases with counts, and a phrase-by-year heatmap", Flag: true),
            new("--top", "<n>", $"with --keywords, how many phrases, 1 to {MostPhrases} (default: 20)"),
            new("--model", "semantic|nmf", "find topics: semantic (sentence embeddings clustered; the default when papers have abstracts) or nmf (TF-IDF factorised)", Values: Offered.Fixed(Models)),
            new("--k", "<n>|auto", $"the number of topics, 2 to {TopicModeling.MaxK}, or auto (default)"),
            new("--name", "<var>", "the C# variable that gets the TopicModel"),
        ],
        ["#!paper topics", "#!paper topics --chart treemap", "#!paper topics --keywords --top 15", "#!paper topics --model semantic --k 12 --name topics", "#!paper topics --model nmf"]);

    protected override async Task HandleAsync(ShowPaperTopics command, SubcommandCall call)
    {
        if (command.Model is not null || command.K is not null || command.Name is not null)
        {
            await TopicModelAsync(command, call);
            return;
        }
        if (!command.Keywords)
        {
            if (command.Top is not null) throw new PaperCommandException("--top goes with --keywords: #!paper topics --keywords --top 10");
            var kind = ChartChoices.Choose("--chart", command.Chart, Charts, TopicChartKind.Bar, [TopicChartKind.Bar, TopicChartKind.Pie, TopicChartKind.Treemap]);
            var selection = await call.SelectAsync(command);
            selection.Display(selection.Papers.TopicsFigure(kind), call.Context);
            selection.Display(selection.Papers.TopicYearFigure(), call.Context);
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
        chosen.Display(byYear.KeyPhraseYearFigure(), call.Context);
    }

    // The topic table, a map of the papers coloured by topic, topics over time; topic and topic_label in the set's
    // DataFrame (<name>Frame defined again), topic:N in searches, and the model as a C# variable with --name.
    private static async Task TopicModelAsync(ShowPaperTopics command, SubcommandCall call)
    {
        if (command.Keywords || command.Chart is not null || command.Top is not null)
            throw new PaperCommandException("--model, --k and --name find topics; --keywords, --chart and --top chart categories or phrases. Use one or the other.");
        TopicModelKind? kind = command.Model?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "semantic" => TopicModelKind.Semantic,
            "nmf" => TopicModelKind.Nmf,
            _ => throw new PaperCommandException($"--model takes semantic or nmf, not {PaperCommandException.Quote(command.Model)}."),
        };
        int? k = command.K?.Trim() switch
        {
            null => null,
            var auto when auto.Equals("auto", StringComparison.OrdinalIgnoreCase) => null,
            var text => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 2 && n <= TopicModeling.MaxK ? n
                : throw new PaperCommandException($"--k takes auto or a whole number from 2 to {TopicModeling.MaxK}, not {PaperCommandException.Quote(text)}."),
        };
        string? name = command.Name?.Trim();
        if (name is not null && VariableName.Problem(name) is { } badName) throw new PaperCommandException(badName);

        var (setName, _) = await call.PapersAsync(command.From);
        var selection = await call.SelectAsync(command);
        var papers = selection.Papers;
        var session = call.Session;
        var encoder = kind == TopicModelKind.Nmf ? null : SentenceModels.Configured(session);

        var progress = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(call.Context, "finding topics…", "text/plain");
        var options = new TopicOptions { Model = kind, K = k, Encoder = encoder, CacheRoot = session.Options.CacheFolder };
        var reporter = new Progress(value => progress.Update(value.Step == "embedding"
            ? $"embedding {value.Done:N0} of {value.Total:N0} papers…"
            : $"{value.Step}…"));
        var result = await LongWork.RunAsync(() => TopicModeling.Build(papers, options, reporter, call.CancellationToken), call.CancellationToken);
        if (result.Model is not { } model) throw new PaperCommandException(result.Problem!);
        progress.Update($"{model.K} topics of {PaperText.Plural(papers.Count, "paper", "papers")}");

        TopicAssignments.Attach(papers, model);
        call.Display(model);
        selection.Display(model.TopicMapFigure(), call.Context);
        selection.Display(model.TopicTimeFigure(), call.Context);
        // The set's DataFrame gets topic and topic_label columns: made again, when C# next names it.
        if (session.Find(setName) is { } loaded) session.DefineLater(setName + "Frame", loaded.Papers.ToDataFrame);
        if (name is not null) await session.DefineVariableAsync(name, model, call.Context);
    }

    /// <summary>Reports on the thread that computes; .NET Interactive's display updates are thread-safe.</summary>
    private sealed class Progress(Action<TopicProgress> report) : IProgress<TopicProgress>
    {
        public void Report(TopicProgress value) => report(value);
    }
}
