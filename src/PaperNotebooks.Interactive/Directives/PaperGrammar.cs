namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// Every subcommand of <c>#!paper</c> and its parameters, in one place: the directive, the checks of typed lines,
/// the completions and the help are all built from it.
/// </summary>
internal static class PaperGrammar
{
    public const string DirectiveName = "#!paper";

    public static readonly ParameterSpec From = new("--from", "<var>", "the loaded collection to use (default: the last one loaded)");

    /// <summary>The parameters that choose papers; the charts take these.</summary>
    private static readonly ParameterSpec[] Selection =
    [
        From,
        new("--category", "<code>", "an arXiv category: LG or cs.LG"),
        new("--year", "<YYYY or YYYY..YYYY>", "a year or a range of years"),
        new("--author", "<name>", "part of an author's name, ignoring case and accents"),
        new("--has-code", null, "only papers with code", Flag: true),
    ];

    /// <summary>The selection, then order and limit: what <c>list</c> and <c>export</c> take.</summary>
    private static readonly ParameterSpec[] Filters =
    [
        .. Selection,
        new("--sort", "date|title|score|authors", "the order of the results"),
        new("--desc", null, "sort in descending order", Flag: true),
        new("--top", "<n>", "at most n papers"),
    ];

    public static readonly SubcommandSpec Load = new(
        "load", "Read a listing; with no path, the bundled seed listing.",
        [
            new("--path", "<path>", "the listing file, relative to the notebook's folder", Implicit: true),
            new("--name", "<var>", "the C# variable to define (default: papers; <var>Frame holds its DataFrame)"),
            new("--as-of", "<YYYY-MM-DD>", "the date the listing is read as of, for dates without a year"),
        ],
        ["#!paper load", "#!paper load listings/2024.txt --name ml", "#!paper load \"my listing.txt\" --as-of 2024-12-31"]);

    public static readonly SubcommandSpec List = new(
        "list", "A table of the papers that match the filters.",
        Filters,
        ["#!paper list --category LG --year 2021..2024", "#!paper list --author \"Sam Ade Jacobs\" --has-code", "#!paper list --sort date --desc --top 10"]);

    public static readonly SubcommandSpec Show = new(
        "show", "The card of a paper, by id or words of its title.",
        [
            new("--paper", "<id or words of the title>", "the paper's id, or words of its title (no quotes needed)", Implicit: true),
            From,
        ],
        ["#!paper show long context training", "#!paper show tanaka2021automatic"]);

    public static readonly SubcommandSpec Stats = new(
        "stats", "Counts by year and by category, top authors, share with code.",
        [From],
        ["#!paper stats", "#!paper stats --from ml"]);

    public static readonly SubcommandSpec Timeline = new(
        "timeline", "A chart of papers per year or month, stacked by category or by code; periods without papers show as zero.",
        [
            new("--by", "year|month", "the length of a bar (default: year)"),
            new("--stack", "category|code|none", "what the bars are split by (default: category)"),
            .. Selection,
        ],
        ["#!paper timeline", "#!paper timeline --by month --stack code", "#!paper timeline --category LG --year 2023..2026 --stack none"]);

    public static readonly SubcommandSpec Topics = new(
        "topics", "A chart of papers per category, and a heatmap of papers per category and year.",
        [
            new("--chart", "bar|pie|treemap", "how papers per category are drawn (default: bar)"),
            .. Selection,
            new("--keywords", null, "key phrases instead: the top phrases with counts, and a phrase-by-year heatmap", Flag: true),
            new("--top", "<n>", $"with --keywords, how many phrases, 1 to {MostPhrases} (default: 20)"),
        ],
        ["#!paper topics", "#!paper topics --chart treemap", "#!paper topics --chart pie --has-code", "#!paper topics --keywords --top 15"]);

    /// <summary>More phrases than this make a heatmap nobody can read.</summary>
    public const int MostPhrases = 100;

    /// <summary>More hits than this make a page nobody reads; the C# <c>papers.Search(query, top)</c> goes further.</summary>
    public const int MostHits = 1000;

    /// <summary>The field prefixes of the query language, offered after <c>search</c>.</summary>
    public static IReadOnlyList<string> QueryFields { get; } = ["ti:", "au:", "abs:", "cat:", "aff:", "id:", "year:", "has:code"];

    public static readonly SubcommandSpec Search = new(
        "search", "Ranked search with a query language: free words, ti: au: abs: cat: aff: id: year: has:code, AND OR NOT -term, ( ), \"phrases\", prefix*. The query is typed as is, quotes included.",
        [
            new("--query", "<query>", "everything typed after 'search' up to --from or --top", Implicit: true),
            From,
            new("--top", "<n>", $"at most n hits, 1 to {MostHits} (default: 20)"),
        ],
        ["#!paper search deepspeed", "#!paper search au:\"sam ade jacobs\" AND year:2024", "#!paper search year:2021..2024 AND cat:LG --top 5"]);

    public static readonly SubcommandSpec Similar = new(
        "similar", "The papers most like one paper by the words of title and abstract, with the terms they share.",
        [
            new("--paper", "<id>", "the paper's id", Implicit: true),
            From,
            new("--top", "<n>", $"at most n papers, 1 to {MostHits} (default: 10)"),
        ],
        ["#!paper similar yao2026mac", "#!paper similar yao2026mac --top 5"]);

    /// <summary>More authors than this make a chart nobody can read, and a network slow to lay out.</summary>
    public const int MostAuthors = 100;

    public static readonly SubcommandSpec Authors = new(
        "authors", "A chart of the authors with most papers (one person whatever the accents), and their co-authorship network.",
        [
            new("--top", "<n>", $"how many authors, 1 to {MostAuthors} (default: 20, and 30 in the network)"),
            new("--network", null, "also draw who wrote with whom", Flag: true),
            .. Selection,
        ],
        ["#!paper authors", "#!paper authors --top 10 --network", "#!paper authors --category CL --year 2024"]);

    public static readonly SubcommandSpec Export = new(
        "export", "Write the matching papers as BibTeX, CSV, JSON or Markdown; without --out, show the text.",
        [
            new("--to", "bibtex|csv|json|markdown", "the format"),
            new("--out", "<file>", "the file to write, relative to the notebook's folder; an existing file is kept unless --force"),
            new("--force", null, "replace the --out file if it exists (a listing loaded in this session is never replaced)", Flag: true),
            .. Filters,
        ],
        ["#!paper export --to bibtex --out papers.bib", "#!paper export --to csv --out papers.csv --force", "#!paper export --to markdown --category CL --top 5"]);

    public static readonly SubcommandSpec Help = new(
        "help", "This help, or the help of one subcommand.",
        [new("--topic", "<subcommand>", "the subcommand to explain", Implicit: true)],
        ["#!paper help", "#!paper help list"]);

    public static IReadOnlyList<SubcommandSpec> Subcommands { get; } = [Load, List, Show, Search, Similar, Stats, Timeline, Topics, Authors, Export, Help];

    public static IEnumerable<string> SubcommandNames => Subcommands.Select(s => s.Name);

    public static SubcommandSpec? Find(string name) => Subcommands.FirstOrDefault(s => s.Name == name);

    public static IReadOnlyList<string> SortKeys => PaperNotebooks.Filtering.PaperFilter.SortNames;

    public static IReadOnlyList<string> ExportFormats { get; } = ["bibtex", "csv", "json", "markdown"];

    public static IReadOnlyList<string> TimelinePeriods { get; } = ["year", "month"];

    public static IReadOnlyList<string> TimelineStacks { get; } = ["category", "code", "none"];

    public static IReadOnlyList<string> TopicCharts { get; } = ["bar", "pie", "treemap"];
}
