using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper search &lt;query&gt; [--from &lt;var&gt;] [--top &lt;n&gt;]</c>: ranked papers for a query.</summary>
public sealed class SearchPapers : PaperDirectiveCommand
{
    /// <summary>What .NET Interactive bound; the typed line gives the whole query, quotes included.</summary>
    public string? Query { get; set; }

    public string? From { get; set; }

    /// <summary><c>--top</c>: at most this many hits.</summary>
    public string? Top { get; set; }

    /// <summary><c>--semantic</c>: by meaning (sentence vectors, exact cosine) instead of by words.</summary>
    public bool Semantic { get; set; }

    /// <summary><c>--hybrid</c>: the word ranking and the meaning ranking fused by reciprocal rank.</summary>
    public bool Hybrid { get; set; }
}

/// <summary>Runs the typed query on a collection and shows the ranked hits; a malformed query fails with where it broke.</summary>
internal sealed class SearchSubcommand : PaperSubcommand<SearchPapers>
{
    public const int DefaultTop = 20;

    /// <summary>The field prefixes of the query language, offered after <c>search</c>.</summary>
    public static IReadOnlyList<string> QueryFields { get; } = ["ti:", "au:", "abs:", "cat:", "aff:", "id:", "year:", "has:code"];

    public override SubcommandSpec Spec { get; } = new(
        "search", "Ranked search with a query language: free words, ti: au: abs: cat: aff: venue: id: arxiv: doi: year: has:code topic:N, AND OR NOT -term, ( ), \"phrases\", prefix*. The query is typed as is, quotes included.",
        [
            new("--query", "<query>", "everything typed after 'search' up to --from or --top", Implicit: true, Values: Offered.Fixed(QueryFields)),
            PaperGrammar.From,
            new("--top", "<n>", $"at most n hits, 1 to {PaperGrammar.MostHits} (default: 20)"),
            new("--semantic", null, "by meaning: the text against the papers' sentence vectors (all-MiniLM-L6-v2, offline, cached)", Flag: true),
            new("--hybrid", null, "the query's word ranking and its meaning ranking fused by reciprocal rank", Flag: true),
        ],
        ["#!paper search deepspeed", "#!paper search --semantic \"training with very long sequences\"", "#!paper search long context --hybrid", "#!paper search au:\"sam ade jacobs\" AND year:2024", "#!paper search year:2021..2024 AND cat:LG --top 5"]);

    /// <summary>The query keeps its quotes and spaces only when read from the line (<see cref="QueryLine"/>).</summary>
    protected override bool ReadsLineItself => true;

    protected override bool MayWaitForIndex => true;

    protected override async Task HandleAsync(SearchPapers command, SubcommandCall call)
    {
        var line = QueryLine.Of(command, Spec.Name) ?? new QueryLine(command.Query ?? "", command.From, command.Top);
        if (string.IsNullOrWhiteSpace(line.Query))
        {
            throw new PaperCommandException("'#!paper search' needs a query, for example: #!paper search au:\"sam ade jacobs\" AND year:2024");
        }
        int top = ChartChoices.Count(line.Top, DefaultTop, PaperGrammar.MostHits);
        var (_, papers) = await call.PapersAsync(line.From);
        if (line.Semantic || line.Hybrid)
        {
            await ByMeaningAsync(line, papers, top, call);
            return;
        }

        var result = await LongWork.RunAsync(() => papers.Search(line.Query, top), call.CancellationToken);
        if (result.Error is { } error) throw new PaperCommandException(Describe(error));
        call.Display(result);
    }

    private static async Task ByMeaningAsync(QueryLine line, Model.PaperCollection papers, int top, SubcommandCall call)
    {
        if (line.Semantic && line.Hybrid) throw new PaperCommandException("--semantic and --hybrid are two ways to search; give one.");
        var model = SentenceModels.For(call.Session);
        var progress = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(call.Context, "reading the papers' vectors…", "text/plain");
        var reporter = new EmbeddingProgressLine(text => progress.Update(text));
        string? cache = call.Session.Options.CacheFolder;
        if (line.Semantic)
        {
            string text = Unquoted(line.Query);
            var result = await LongWork.RunAsync(() => papers.SearchByMeaning(text, model, top, cache, reporter, call.CancellationToken), call.CancellationToken);
            progress.Update($"searched {PaperText.Plural(papers.Count, "paper", "papers")} by meaning");
            call.Display(result);
            return;
        }
        var (fused, error) = await LongWork.RunAsync(() => papers.SearchHybrid(line.Query, model, top, cache, reporter, call.CancellationToken), call.CancellationToken);
        if (error is not null) throw new PaperCommandException(Describe(error));
        progress.Update($"searched {PaperText.Plural(papers.Count, "paper", "papers")} by words and by meaning");
        call.Display(fused!);
    }

    /// <summary>A text typed in quotes, without them: the meaning of <c>"sparse attention"</c> is that of its words.</summary>
    private static string Unquoted(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;

    /// <summary><c>Query error PN101 at column 5: ...</c>, then the query with carets under the part at fault.</summary>
    public static string Describe(QueryError error) =>
        (error.Column > 0 ? $"Query error {error.Code} at column {error.Column}: {error.Message}." : $"Query error {error.Code}: {error.Message}.") +
        "\n" + error.Pointer;
}
