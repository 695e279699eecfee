namespace PaperNotebooks.Interactive.Tests;

/// <summary>Every mistake ends the cell with one short message, no stack trace, and the kernel goes on working.</summary>
public sealed class ErrorTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Theory]
    [InlineData("#!paper lsit", "Unknown subcommand 'lsit'. Did you mean 'list'? Subcommands: load, fetch, list, show, search, similar, stats, timeline, topics, authors, export, help.")]
    [InlineData("#!paper timline", "Unknown subcommand 'timline'. Did you mean 'timeline'?")]
    [InlineData("#!paper timeline --by week", "--by takes year or month, not 'week'.")]
    [InlineData("#!paper timeline --by yeer", "--by takes year or month, not 'yeer'. Did you mean 'year'?")]
    [InlineData("#!paper timeline --stack categroy", "--stack takes category, code or none, not 'categroy'. Did you mean 'category'?")]
    [InlineData("#!paper timeline --top 5", "Unknown parameter '--top' for '#!paper timeline'. It takes: --by, --stack, --from, --category, --year, --author, --has-code.")]
    [InlineData("#!paper topics --chart donut", "--chart takes bar, pie or treemap, not 'donut'.")]
    [InlineData("#!paper topics --chart tree", "--chart takes bar, pie or treemap, not 'tree'. Did you mean 'treemap'?")]
    [InlineData("#!paper topics --category QQ", "Unknown category 'QQ'.")]
    [InlineData("#!paper topics --year 2024..2021", "--year 2024..2021: the range starts after it ends; write 2021..2024.")]
    [InlineData("#!paper authors --top 0", "--top takes a whole number from 1 to 100, not '0'.")]
    [InlineData("#!paper authors --top 1000", "--top takes a whole number from 1 to 100, not '1000'.")]
    [InlineData("#!paper authors --netwrok", "Unknown parameter '--netwrok' for '#!paper authors'. Did you mean '--network'?")]
    [InlineData("#!paper authors --from paper", "No loaded collection is named 'paper'. Did you mean 'papers'?")]
    [InlineData("#!paper statz", "Unknown subcommand 'statz'. Did you mean 'stats'?")]
    [InlineData("#!paper list --catgory LG", "Unknown parameter '--catgory' for '#!paper list'. Did you mean '--category'?")]
    [InlineData("#!paper stats --top 3", "Unknown parameter '--top' for '#!paper stats'. It takes: --from.")]
    [InlineData("#!paper show graph --form papers", "Unknown parameter '--form' for '#!paper show'. Did you mean '--from'?")]
    [InlineData("#!paper help lsit", "There is no subcommand 'lsit'. Did you mean 'list'?")]
    [InlineData("#!paper list --year abc", "--year takes a year (2024) or a range of years (2021..2024), not 'abc'.")]
    [InlineData("#!paper list --year 2024..2021", "--year 2024..2021: the range starts after it ends; write 2021..2024.")]
    [InlineData("#!paper list --top -1", "--top takes a whole number of at least 1, not '-1'.")]
    [InlineData("#!paper list --top 0", "--top takes a whole number of at least 1, not '0'.")]
    [InlineData("#!paper list --top ten", "--top takes a whole number of at least 1, not 'ten'.")]
    [InlineData("#!paper list --sort dat", "--sort takes date, title, score or authors, not 'dat'. Did you mean 'date'?")]
    [InlineData("#!paper list --category QQ", "Unknown category 'QQ'.")]
    [InlineData("#!paper list --author Sam Ade Jacobs", "Unexpected 'Ade Jacobs' in '#!paper list'. Put a value with spaces in quotes, for example --author \"Sam Ade Jacobs\".")]
    [InlineData("#!paper list --year 2024 --year 2023", "'--year' is given more than once.")]
    [InlineData("#!paper export --category LG", "'#!paper export' needs --to bibtex, csv, json or markdown.")]
    [InlineData("#!paper export --to bibtek", "--to takes bibtex, csv, json or markdown, not 'bibtek'. Did you mean 'bibtex'?")]
    [InlineData("#!paper load --as-of 31/12/2024", "--as-of takes a date as YYYY-MM-DD, such as 2024-12-31, not '31/12/2024'.")]
    [InlineData("#!paper load --name 2fast", "--name takes a C# variable name such as papers or ml2024, not '2fast'.")]
    [InlineData("#!paper load my listing.txt", "No papers could be read from")]
    [InlineData("#!paper list --from nothing", "No loaded collection is named 'nothing'. Loaded: papers.")]
    [InlineData("#!paper stats --from paper", "No loaded collection is named 'paper'. Did you mean 'papers'? Loaded: papers.")]
    [InlineData("#!paper show zzzz qqqq", "No paper in papers has the id or title words 'zzzz qqqq'.")]
    [InlineData("#!paper show", "'#!paper show' needs an id or words of a title, for example: #!paper show long context training")]
    public async Task A_mistake_gives_a_short_clear_error_and_the_kernel_keeps_working(string code, string message)
    {
        string error = await _kernel.FailAsync(code);

        Assert.StartsWith(message, error);
        Assert.DoesNotContain(" at ", error.Replace(message, ""));
        Assert.DoesNotContain("Exception", error);
        await AssertTheKernelStillWorks();
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        string error = await _kernel.FailAsync("#!paper load no-such-listing.txt");

        Assert.Equal($"No listing at '{Path.Combine(PaperKernel.ListingsFolder, "no-such-listing.txt")}'.", error);
        await AssertTheKernelStillWorks();
    }

    [Fact]
    public async Task A_folder_is_not_a_listing()
    {
        string error = await _kernel.FailAsync($"#!paper load \"{PaperKernel.ListingsFolder}\"");

        Assert.Contains("is a folder; give the listing file in it.", error);
    }

    [Fact]
    public async Task A_listing_with_no_readable_paper_shows_its_diagnostics_and_fails()
    {
        var result = await _kernel.SubmitAsync("#!paper load binary.txt --name junk");

        Assert.Contains("error PN005: this is a binary file, not a text listing", PaperKernel.Text(result));
        Assert.Contains("No papers could be read from", result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().Single().Message);
        await AssertTheKernelStillWorks();
    }

    [Theory]
    [InlineData("#!paper --year 2024")]
    [InlineData("#!paper statz --from papers")]
    public async Task A_parameter_after_no_known_subcommand_is_reported_by_dotnet_interactive_itself(string code)
    {
        // .NET Interactive checks parameters of the bare directive before the extension sees the line.
        string error = await _kernel.FailAsync(code);

        Assert.Contains("error DNI103: Unrecognized parameter name", error);
        await AssertTheKernelStillWorks();
    }

    [Fact]
    public async Task Nothing_loaded_yet_says_to_load_first()
    {
        using var kernel = new PaperKernel();

        string error = await kernel.FailAsync("#!paper list");

        Assert.Equal("No papers are loaded yet. Run '#!paper load' first (with no path it loads the bundled seed listing).", error);
    }

    private async Task AssertTheKernelStillWorks()
    {
        Assert.Equal(2, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("1 + 1")));
        Assert.Contains("18 papers.", PaperKernel.Text(await _kernel.RunAsync("#!paper list")));
    }
}
