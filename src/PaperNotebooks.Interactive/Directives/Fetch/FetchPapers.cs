using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Fetching;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper fetch arxiv|openalex &lt;query&gt; [--max n] [--name var] [--sort s] [--author name] [--year y] [--refresh]</c>.</summary>
public sealed class FetchPapers : PaperDirectiveCommand
{
    /// <summary>What .NET Interactive bound; the typed line gives the service and the whole query.</summary>
    public string? Query { get; set; }

    public string? Max { get; set; }

    public string? Name { get; set; }

    public string? Sort { get; set; }

    public string? Author { get; set; }

    public string? Year { get; set; }

    public string? Mailto { get; set; }

    public bool Refresh { get; set; }
}

/// <summary>
/// Fetches papers from arXiv's or OpenAlex's API (<see cref="PaperSources.Arxiv"/>, <see cref="PaperSources.OpenAlex"/>)
/// with one progress line updated in place, then defines and remembers them as <c>#!paper load</c> does. Jupyter's
/// interrupt stops the fetch and keeps what arrived; an error keeps what arrived too and is said in one line.
/// </summary>
internal sealed class FetchSubcommand : PaperSubcommand<FetchPapers>
{
    public const int DefaultMax = 1000;
    public const int MostPapers = 100_000;
    private static readonly string[] Services = ["arxiv", "openalex"];
    private static readonly string[] SortNames = ["submitted", "updated", "relevance"];
    private static readonly string[] Named = ["--max", "--name", "--sort", "--author", "--year", "--mailto"];
    private static readonly string[] Flags = ["--refresh"];

    public override SubcommandSpec Spec { get; } = new(
        "fetch", "Fetch papers from arXiv's API (its own query syntax, typed as is) or OpenAlex (free words, --author, --year); responses are cached, so a notebook re-runs offline.",
        [
            new("--query", "arxiv|openalex <query>", "the service, then the query: arXiv's search_query (au:jacobs_s AND cat:cs.DC) or OpenAlex's search words", Implicit: true, Values: Offered.Fixed(Services)),
            new("--max", "<n>", $"at most n papers, 1 to {MostPapers:N0} (default: {DefaultMax:N0})"),
            new("--name", "<var>", "the C# variable to define (default: papers; <var>Frame holds its DataFrame, made when C# first names it)"),
            new("--sort", "submitted|updated|relevance", "the order the service gives papers in (default: submitted, newest first)", Values: Offered.Fixed(SortNames)),
            new("--author", "<name>", "OpenAlex: works with an author of this name"),
            new("--year", "<YYYY or YYYY..YYYY>", "a year or a range of years (arXiv: submitted then)"),
            new("--mailto", "<address>", "an e-mail address for OpenAlex's polite pool (default: PAPERNOTEBOOKS_MAILTO)"),
            new("--refresh", null, "ask the service again instead of reading cached responses", Flag: true),
        ],
        ["#!paper fetch arxiv au:jacobs_s AND cat:cs.DC --max 500 --name ulysses", "#!paper fetch openalex sequence parallelism --author \"Sam Ade Jacobs\" --year 2023..2026"]);

    protected override bool ReadsLineItself => true;

    protected override async Task HandleAsync(FetchPapers command, SubcommandCall call)
    {
        var (session, context) = (call.Session, call.Context);
        var (text, values) = DirectiveLine.TextOf(command) is { } line
            ? QueryLine.Split(line, Spec.Name, Named, Flags)
            : (command.Query ?? "", Bound(command));
        string service = text.Split(' ', 2)[0].ToLowerInvariant();
        string query = text.Length > service.Length ? text[service.Length..].Trim() : "";
        if (!Services.Contains(service))
            throw new PaperCommandException($"'#!paper fetch' takes arxiv or openalex first, then the query, for example: {Spec.Examples[0]}");

        string name = values.GetValueOrDefault("--name") is { Length: > 0 } given ? given.Trim() : LoadSubcommand.DefaultName;
        if (VariableName.Problem(name) is { } badName) throw new PaperCommandException(badName);
        int max = ChartChoices.Count(values.GetValueOrDefault("--max"), DefaultMax, MostPapers, "--max");
        var sort = values.GetValueOrDefault("--sort") is { } sortText
            ? SortNames.Contains(sortText.ToLowerInvariant())
                ? Enum.Parse<FetchSort>(sortText, ignoreCase: true)
                : throw new PaperCommandException($"--sort takes one of {string.Join(", ", SortNames)}, not {PaperCommandException.Quote(sortText)}.")
            : FetchSort.Submitted;
        var years = values.GetValueOrDefault("--year") is { } yearText ? YearRange(yearText) : ((int, int)?)null;
        string? author = values.GetValueOrDefault("--author");
        if (service == "arxiv" && author is not null)
            throw new PaperCommandException("--author is for openalex; with arxiv, put au:family_initial in the query (au:jacobs_s).");
        if (service == "arxiv" && years is { } range) query = $"({query}) AND submittedDate:[{range.Item1}01010000 TO {range.Item2}12312359]";
        if (query.Length == 0 && author is null && years is null)
            throw new PaperCommandException($"'#!paper fetch {service}' needs a query, for example: {Spec.Examples[service == "arxiv" ? 0 : 1]}");

        var progress = KernelInvocationContextExtensions.Display(context, $"asking {Source(service)}…", "text/plain");
        var options = new FetchOptions
        {
            Max = max,
            Sort = sort,
            Refresh = values.ContainsKey("--refresh"),
            Endpoint = service == "arxiv" ? session.Options.ArxivApi : session.Options.OpenAlexApi,
            CacheFolder = session.Options.CacheFolder,
            Mailto = values.GetValueOrDefault("--mailto"),
            Progress = new Progress(p => progress.Update(p.ToString())),
        };
        var result = service == "arxiv"
            ? await PaperSources.Arxiv.FetchAsync(query, options, call.CancellationToken)
            : await PaperSources.OpenAlex.FetchAsync(new OpenAlexQuery(query) { Author = author, FromYear = years?.Item1, ToYear = years?.Item2 }, options, call.CancellationToken);
        var papers = result.Papers;
        progress.Update($"fetched {papers.Count:N0} papers from {Source(service)}");
        if (papers.Count == 0 && result.HasErrors)
        {
            var first = result.Errors.First();
            throw new PaperCommandException(first.Message);
        }
        if (call.CancellationToken.IsCancellationRequested && papers.Count > 0)
        {
            // The kernel takes no more commands for this cell, so C# variables cannot be defined; the directives can use them.
            session.Remember(name, papers, [papers.Source ?? service]);
            throw new PaperCommandException(
                $"'#!paper fetch' was interrupted after {papers.Count:N0} papers; they are kept for #!paper directives as {name}. " +
                "Run the cell again to define the C# variables: the pages that arrived are cached.");
        }
        call.CancellationToken.ThrowIfCancellationRequested();

        var (variables, loaded) = await session.DefineAndRememberAsync(name, papers, [papers.Source ?? service], context, call.CancellationToken);
        context.Display(new LoadSummary(name, papers.Source ?? service, variables, loaded.Summary, result.Diagnostics, result.Omitted));
    }

    private static string Source(string service) => service == "arxiv" ? "arXiv" : "OpenAlex";

    private static Dictionary<string, string?> Bound(FetchPapers command)
    {
        var values = new Dictionary<string, string?>();
        void Add(string name, string? value)
        {
            if (value is not null) values[name] = value;
        }
        Add("--max", command.Max);
        Add("--name", command.Name);
        Add("--sort", command.Sort);
        Add("--author", command.Author);
        Add("--year", command.Year);
        Add("--mailto", command.Mailto);
        if (command.Refresh) values["--refresh"] = "";
        return values;
    }

    private static (int, int) YearRange(string text)
    {
        string[] parts = text.Trim().Split("..");
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int from)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int to)
            && from is >= 1000 and <= 9999 && to >= from && to <= 9999)
            return (from, to);
        throw new PaperCommandException($"--year takes a year or a range such as 2023..2026, not {PaperCommandException.Quote(text)}.");
    }

    /// <summary>Reports on the thread that fetched; .NET Interactive's display updates are thread-safe.</summary>
    private sealed class Progress(Action<FetchProgress> report) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) => report(value);
    }
}
