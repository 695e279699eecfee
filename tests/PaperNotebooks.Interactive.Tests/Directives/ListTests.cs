namespace PaperNotebooks.Interactive.Tests;

public sealed class ListTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task List_shows_a_table_of_every_paper_and_the_total()
    {
        var result = await _kernel.RunAsync("#!paper list");

        Assert.Contains("<table", PaperKernel.Html(result));
        Assert.Contains("18 papers.", PaperKernel.Text(result));
        Assert.Contains("tanaka2021automatic", PaperKernel.Text(result));
    }

    [Theory]
    [InlineData("LG")]
    [InlineData("cs.LG")]
    [InlineData("lg")]
    public async Task Category_takes_a_short_code_or_a_full_id(string category)
    {
        var result = await _kernel.RunAsync($"#!paper list --category {category}");

        Assert.Contains("papers: category cs.LG — 6 matches", PaperKernel.Text(result));
    }

    [Theory]
    [InlineData("2024", 6)]
    [InlineData("2021..2023", 5)]
    [InlineData("2026..2026", 3)]
    public async Task Year_takes_a_year_or_a_range(string year, int matches)
    {
        var result = await _kernel.RunAsync($"#!paper list --year {year}");

        Assert.Contains($"— {matches} matches", PaperKernel.Text(result));
    }

    [Theory]
    [InlineData("\"Sam Ade Jacobs\"")]
    [InlineData("\"sam adé jacobs\"")]
    [InlineData("JACOBS")]
    public async Task Author_matching_ignores_case_and_accents(string author)
    {
        var result = await _kernel.RunAsync($"#!paper list --author {author}");

        string text = PaperKernel.Text(result);
        Assert.Contains("— 4 matches", text);
        Assert.Contains("yao2026mac", text); // written "Sam Adé Jacobs" in the listing
        Assert.Contains("jacobs2023deepspeed", text); // written "Sam Ade Jacobs"
    }

    [Fact]
    public async Task Has_code_keeps_only_papers_with_code()
    {
        var result = await _kernel.RunAsync("#!paper list --has-code");

        Assert.Contains("papers: with code — 3 matches", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Filters_combine()
    {
        var result = await _kernel.RunAsync("#!paper list --category cs.LG --year 2021..2022 --author tanaka");

        Assert.Contains("papers: category cs.LG, 2021..2022, author \"tanaka\" — 1 match", PaperKernel.Text(result));
        Assert.Contains("tanaka2021automatic", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Sort_by_date_descending_with_top_lists_the_newest_first()
    {
        var expected = PaperKernel.ReturnValue<string>(await _kernel.RunAsync(
            "string.Join(\",\", papers.OrderByDescending(p => p.Published).Take(3).Select(p => p.Id))"))!;

        var result = await _kernel.RunAsync("#!paper list --sort date --desc --top 3");

        string text = PaperKernel.Text(result);
        Assert.Contains("by date, descending, top 3 — 18 matches", text);
        Assert.Contains("3 papers (of 18).", text);
        Assert.Equal(expected.Split(','), IdsIn(text));
    }

    [Theory]
    [InlineData("title", "p => p.Title, StringComparer.OrdinalIgnoreCase")]
    [InlineData("authors", "p => p.FirstAuthor, StringComparer.OrdinalIgnoreCase")]
    public async Task Sort_orders_by_title_or_first_author(string sort, string key)
    {
        var expected = PaperKernel.ReturnValue<string>(await _kernel.RunAsync(
            $"string.Join(\",\", papers.OrderBy({key}).Select(p => p.Id))"))!;

        var result = await _kernel.RunAsync($"#!paper list --sort {sort}");

        Assert.Equal(expected.Split(','), IdsIn(PaperKernel.Text(result)));
    }

    [Fact]
    public async Task Sort_by_score_puts_papers_without_a_score_last()
    {
        var result = await _kernel.RunAsync("#!paper list --sort score --desc");

        Assert.Equal(18, IdsIn(PaperKernel.Text(result)).Length);
    }

    [Fact]
    public async Task From_reads_a_CSharp_variable_that_holds_papers()
    {
        await _kernel.RunAsync("var withCode = papers.Where(p => p.HasCode);");

        var result = await _kernel.RunAsync("#!paper list --from withCode");

        Assert.Contains("withCode — 3 matches", PaperKernel.Text(result));
    }

    /// <summary>The ids in the rows of a plain-text table, in order.</summary>
    internal static string[] IdsIn(string table) =>
        table.Split('\n').Skip(2).Where(l => l.Length > 0 && char.IsLetter(l[0]) && l.Contains("  ")).Select(l => l.Split(' ')[0]).ToArray();
}
