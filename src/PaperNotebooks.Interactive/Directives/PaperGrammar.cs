using PaperNotebooks.Filtering;
using PaperNotebooks.Interactive.Completions;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// The subcommands of <c>#!paper</c>, in one list, and the parameters several of them share. The directive, the checks
/// of typed lines, the completions and the help are all built from <see cref="All"/>.
/// </summary>
internal static class PaperGrammar
{
    public const string DirectiveName = "#!paper";

    public static readonly ParameterSpec From = new("--from", "<var>", "the loaded collection to use (default: the last one loaded)", Values: Offered.Names);

    /// <summary>The parameters that choose papers; the charts take these.</summary>
    public static readonly ParameterSpec[] Selection =
    [
        From,
        new("--category", "<code>", "an arXiv category: LG or cs.LG", Values: Offered.Categories),
        new("--year", "<YYYY or YYYY..YYYY>", "a year or a range of years", Values: Offered.Years),
        new("--author", "<name>", "part of an author's name, ignoring case and accents", Values: Offered.Authors),
        new("--has-code", null, "only papers with code", Flag: true),
    ];

    /// <summary>The selection, then order and limit: what <c>list</c> and <c>export</c> take.</summary>
    public static readonly ParameterSpec[] Filters =
    [
        .. Selection,
        new("--sort", "date|title|score|authors", "the order of the results", Values: Offered.Fixed(PaperFilter.SortNames)),
        new("--desc", null, "sort in descending order", Flag: true),
        new("--top", "<n>", "at most n papers"),
    ];

    /// <summary>More hits than this make a page nobody reads; the C# <c>papers.Search(query, top)</c> goes further.</summary>
    public const int MostHits = 1000;

    public static IReadOnlyList<string> SortKeys => PaperFilter.SortNames;

    // Last, since static fields initialise in order and the subcommands use the shared parameters above.

    /// <summary>Every subcommand, in the order help lists them. A new subcommand is a folder of Directives/ with its command and handler, and one entry here.</summary>
    public static IReadOnlyList<PaperSubcommand> All { get; } =
    [
        new LoadSubcommand(), new FetchSubcommand(), new ListSubcommand(), new ShowSubcommand(), new SearchSubcommand(), new SimilarSubcommand(),
        new StatsSubcommand(), new TimelineSubcommand(), new TopicsSubcommand(), new AuthorsSubcommand(), new ExportSubcommand(),
        new HelpSubcommand(),
    ];

    public static IReadOnlyList<SubcommandSpec> Subcommands { get; } = All.Select(s => s.Spec).ToArray();

    public static IEnumerable<string> SubcommandNames => Subcommands.Select(s => s.Name);

    public static SubcommandSpec? Find(string name) => Subcommands.FirstOrDefault(s => s.Name == name);
}
