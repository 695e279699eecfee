namespace PaperNotebooks.Interactive.Tests;

public sealed class StatsExportHelpTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task Stats_counts_by_year_and_category_and_gives_top_authors_and_the_share_with_code()
    {
        var result = await _kernel.RunAsync("#!paper stats");

        string text = PaperKernel.Text(result);
        Assert.Contains("18 papers, 2021-03-30 to 2026-04-29; with code: 3 (16.7%)", text);
        Assert.Contains("papers per year", text);
        Assert.Contains("  2024        6", text);
        Assert.Contains("cs.LG", text);
        Assert.Contains("1. Masahiro Tanaka", text);
        Assert.Contains("Top authors", PaperKernel.Html(result));
    }

    [Fact]
    public async Task Stats_reads_the_collection_named_by_from()
    {
        await _kernel.RunAsync("var early = papers.Where(p => p.Published.Year < 2023);");

        var result = await _kernel.RunAsync("#!paper stats --from early");

        Assert.Contains("2 papers, 2021-03-30", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Export_without_out_shows_the_text()
    {
        var result = await _kernel.RunAsync("#!paper export --to bibtex --category LG --top 2");

        string text = PaperKernel.Text(result);
        Assert.Equal(2, text.Split("@misc{").Length - 1);
        Assert.Contains("2 papers as bibtex:", PaperKernel.Html(result));
    }

    [Theory]
    [InlineData("csv", "id,title")]
    [InlineData("json", "\"id\":")]
    [InlineData("markdown", "| ")]
    [InlineData("bib", "@misc{")]
    public async Task Export_shows_every_format(string format, string expected)
    {
        var result = await _kernel.RunAsync($"#!paper export --to {format} --author tanaka");

        Assert.Contains(expected, PaperKernel.Text(result));
    }

    [Fact]
    public async Task Export_with_out_writes_the_file_and_reports_the_path_and_count()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("paper-export").FullName, "lg.csv");

        var result = await _kernel.RunAsync($"#!paper export --to csv --out \"{path}\" --category cs.LG");

        Assert.Contains($"Wrote 6 papers as csv to {path}", PaperKernel.Text(result));
        Assert.Equal(7, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Export_out_resolves_a_relative_path_against_the_notebook_folder()
    {
        string folder = Directory.CreateTempSubdirectory("paper-notebook").FullName;
        using var kernel = new PaperKernel();
        PaperKernelExtension.SessionOf(kernel.Kernel)!.BaseDirectory = () => folder;
        await kernel.RunAsync("#!paper load");

        await kernel.RunAsync("#!paper export --to json --out papers.json --has-code");

        Assert.Equal(3, System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "papers.json"))).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("#!paper")]
    [InlineData("#!paper help")]
    public async Task Bare_paper_and_help_show_usage_with_examples_for_every_subcommand(string code)
    {
        var result = await _kernel.RunAsync(code);

        string text = PaperKernel.Text(result);
        foreach (var usage in new[]
                 {
                     "#!paper load [<path>...] [--format <format>] [--name <var>] [--as-of <YYYY-MM-DD>]",
                     "#!paper list [--from <var>] [--category <code>] [--year <YYYY or YYYY..YYYY>] [--author <name>] [--has-code] [--sort date|title|score|authors] [--desc] [--top <n>]",
                     "#!paper show [<id or words of the title>] [--from <var>]",
                     "#!paper stats [--from <var>]",
                     "#!paper timeline [--by year|month] [--stack category|code|none] [--from <var>] [--category <code>] [--year <YYYY or YYYY..YYYY>] [--author <name>] [--has-code]",
                     "#!paper topics [--chart bar|pie|treemap] [--from <var>]",
                     "#!paper authors [--top <n>] [--network] [--from <var>]",
                     "#!paper export [--to bibtex|csv|json|markdown] [--out <file>] [--force]",
                     "#!paper help",
                 })
        {
            Assert.Contains(usage, text);
        }
        Assert.Contains("e.g. #!paper show long context training", text);
        Assert.Contains("e.g. #!paper timeline --by month --stack code", text);
        Assert.Contains("e.g. #!paper topics --chart treemap", text);
        Assert.Contains("e.g. #!paper authors --top 10 --network", text);
        Assert.Contains("class=\"paper-help\"", PaperKernel.Html(result));
    }

    [Fact]
    public async Task Help_on_a_chart_subcommand_explains_its_options()
    {
        string text = PaperKernel.Text(await _kernel.RunAsync("#!paper help authors"));

        Assert.Contains("#!paper authors [--top <n>] [--network]", text);
        Assert.Contains("also draw who wrote with whom", text);
        Assert.DoesNotContain("#!paper timeline", text);
    }

    [Fact]
    public async Task Help_on_one_subcommand_shows_only_it()
    {
        var result = await _kernel.RunAsync("#!paper help list");

        string text = PaperKernel.Text(result);
        Assert.Contains("#!paper list", text);
        Assert.DoesNotContain("#!paper load", text);
    }
}
