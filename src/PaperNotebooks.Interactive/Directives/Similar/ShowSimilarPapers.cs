using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Search;
using PaperNotebooks.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper similar &lt;id&gt; [--top &lt;n&gt;] [--from &lt;var&gt;]</c>: the papers most like one paper.</summary>
public sealed class ShowSimilarPapers : PaperDirectiveCommand
{
    /// <summary>The id of the paper.</summary>
    public string? Paper { get; set; }

    public string? From { get; set; }

    /// <summary><c>--top</c>: at most this many papers.</summary>
    public string? Top { get; set; }

    /// <summary><c>--semantic</c>: by meaning (sentence vectors) instead of by shared terms.</summary>
    public bool Semantic { get; set; }
}

/// <summary>Shows one paper and the papers most like it, each with the terms they share.</summary>
internal sealed class SimilarSubcommand : PaperSubcommand<ShowSimilarPapers>
{
    public const int DefaultTop = 10;

    public override SubcommandSpec Spec { get; } = new(
        "similar", "The papers most like one paper by the words of title and abstract, with the terms they share.",
        [
            new("--paper", "<id>", "the paper's id", Implicit: true, Values: Offered.Ids, Many: true),
            PaperGrammar.From,
            new("--top", "<n>", $"at most n papers, 1 to {PaperGrammar.MostHits} (default: 10)"),
            new("--semantic", null, "by meaning: nearest sentence vectors (all-MiniLM-L6-v2, offline, cached) instead of shared terms", Flag: true),
        ],
        ["#!paper similar yao2026mac", "#!paper similar yao2026mac --top 5", "#!paper similar yao2026mac --semantic"]);

    protected override bool ReadsLineItself => true;

    protected override bool MayWaitForIndex => true;

    protected override async Task HandleAsync(ShowSimilarPapers command, SubcommandCall call)
    {
        var line = QueryLine.Of(command, Spec.Name) ?? new QueryLine(command.Paper ?? "", command.From, command.Top);
        string id = line.Query.Trim().Trim('"');
        if (id.Length == 0)
        {
            throw new PaperCommandException("'#!paper similar' needs the id of a paper, for example: #!paper similar yao2026mac");
        }
        if (id.Any(char.IsWhiteSpace))
        {
            throw new PaperCommandException($"'#!paper similar' takes one id, not {PaperCommandException.Quote(id)}. Find the id with '#!paper search' or '#!paper show'.");
        }
        int top = ChartChoices.Count(line.Top, DefaultTop, PaperGrammar.MostHits);
        var (name, papers) = await call.PapersAsync(line.From);

        if (line.Hybrid) throw new PaperCommandException("'#!paper similar' takes --semantic; --hybrid is for '#!paper search'.");
        if (line.Semantic)
        {
            var model = SentenceModels.For(call.Session);
            var progress = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(call.Context, "reading the papers' vectors…", "text/plain");
            var reporter = new Formatters.EmbeddingProgressLine(text => progress.Update(text));
            var like = await LongWork.RunAsync(() => papers.SimilarByMeaning(id, model, top, call.Session.Options.CacheFolder, reporter, call.CancellationToken), call.CancellationToken)
                ?? throw new PaperCommandException($"No paper in {name} has the id {PaperCommandException.Quote(id)}." + NearestName.Hint(id, papers.Select(p => p.Id)));
            progress.Update($"compared {PaperText.Plural(papers.Count, "paper", "papers")} by meaning");
            call.Display(like);
            return;
        }
        var result = await LongWork.RunAsync(() => papers.Similar(id, top), call.CancellationToken);
        if (result.Error is { Code: QueryErrorCodes.UnknownPaper })
        {
            throw new PaperCommandException($"No paper in {name} has the id {PaperCommandException.Quote(id)}." + NearestName.Hint(id, papers.Select(p => p.Id)));
        }
        if (result.Error is { } error) throw new PaperCommandException(SearchSubcommand.Describe(error));
        call.Display(result);
    }
}
