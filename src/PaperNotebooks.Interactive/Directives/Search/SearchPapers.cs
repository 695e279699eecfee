using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper search &lt;query&gt; [--from &lt;var&gt;] [--top &lt;n&gt;]</c>: ranked papers for a query.</summary>
public sealed class SearchPapers : KernelDirectiveCommand
{
    /// <summary>What .NET Interactive bound; the typed line gives the whole query, quotes included.</summary>
    public string? Query { get; set; }

    public string? From { get; set; }

    /// <summary><c>--top</c>: at most this many hits.</summary>
    public string? Top { get; set; }
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
        ],
        ["#!paper search deepspeed", "#!paper search au:\"sam ade jacobs\" AND year:2024", "#!paper search year:2021..2024 AND cat:LG --top 5"]);

    /// <summary>The query keeps its quotes and spaces only when read from the line (<see cref="QueryLine"/>).</summary>
    protected override bool ReadsLineItself => true;

    protected override async Task HandleAsync(SearchPapers command, SubcommandCall call)
    {
        var line = QueryLine.Of(command, Spec.Name) ?? new QueryLine(command.Query ?? "", command.From, command.Top);
        if (string.IsNullOrWhiteSpace(line.Query))
        {
            throw new PaperCommandException("'#!paper search' needs a query, for example: #!paper search au:\"sam ade jacobs\" AND year:2024");
        }
        int top = ChartChoices.Count(line.Top, DefaultTop, PaperGrammar.MostHits);
        var (_, papers) = await call.PapersAsync(line.From);

        var result = await LongWork.RunAsync(() => papers.Search(line.Query, top), call.CancellationToken);
        if (result.Error is { } error) throw new PaperCommandException(Describe(error));
        call.Display(result);
    }

    /// <summary><c>Query error PN101 at column 5: ...</c>, then the query with carets under the part at fault.</summary>
    public static string Describe(QueryError error) =>
        (error.Column > 0 ? $"Query error {error.Code} at column {error.Column}: {error.Message}." : $"Query error {error.Code}: {error.Message}.") +
        "\n" + error.Pointer;
}
