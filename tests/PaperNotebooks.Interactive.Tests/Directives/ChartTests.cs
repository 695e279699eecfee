using static PaperNotebooks.Interactive.Tests.ChartFigures;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>The chart subcommands on the seed listing: the data behind each chart, and how it reaches the page.</summary>
public sealed class ChartTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Theory]
    [InlineData("#!paper timeline")]
    [InlineData("using PaperNotebooks.Charts;\npapers.TimelineFigure()")]
    public async Task Timeline_charts_papers_per_year_with_a_year_without_papers_as_zero(string cell)
    {
        var result = await _kernel.RunAsync(cell);

        string html = PaperKernel.Html(result);
        var figure = Assert.Single(In(html));
        Assert.Equal(1, ChartElements(html));
        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], Strings(Traces(figure)[0]!["x"]));
        Assert.Equal([2, 0, 3, 6, 4, 3], Totals(figure));
        Assert.Equal("stack", (string?)figure["layout"]!["barmode"]);
        Assert.Equal("Chart: Papers per year, by category (Year 2021–2026)", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Timeline_by_month_stacked_by_code_has_every_month_and_two_series()
    {
        var figure = Assert.Single(In(PaperKernel.Html(await _kernel.RunAsync("#!paper timeline --by month --stack code"))));

        var traces = Traces(figure);
        Assert.Equal(["With code", "Without code"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal(62, Strings(traces[0]!["x"]).Length);
        Assert.Equal("2021-03-01", Strings(traces[0]!["x"])[0]);
        Assert.Equal(3, Numbers(traces[0]!["y"]).Sum());
        Assert.Equal(15, Numbers(traces[1]!["y"]).Sum());
    }

    [Fact]
    public async Task Filters_choose_the_papers_and_the_title_says_which()
    {
        var result = await _kernel.RunAsync("#!paper timeline --category LG --year 2023..2026 --stack none");

        var figure = Assert.Single(In(PaperKernel.Html(result)));
        Assert.Single(Traces(figure));
        Assert.Equal(5, Totals(figure).Sum());
        Assert.Equal("Papers per year<br><sub>papers: category cs.LG, 2023..2026 — 5 papers</sub>", Title(figure));
        Assert.Equal("Year", (string?)figure["layout"]!["xaxis"]!["title"]);
        Assert.Equal("Chart: Papers per year; papers: category cs.LG, 2023..2026 — 5 papers (Year 2023–2026)", PaperKernel.Text(result));
    }

    [Fact]
    public async Task A_typed_author_name_stays_text_in_the_chart_title()
    {
        var figure = Assert.Single(In(PaperKernel.Html(await _kernel.RunAsync("#!paper timeline --author \"<b>Tanaka</b>\""))));

        Assert.Contains("author \"&lt;b&gt;Tanaka&lt;/b&gt;\" — 0 papers", Title(figure));
    }

    [Fact]
    public async Task Topics_draws_papers_per_category_and_a_category_by_year_heatmap()
    {
        var result = await _kernel.RunAsync("#!paper topics");

        string html = PaperKernel.Html(result);
        Assert.Equal(2, ChartElements(html));
        var figures = In(html);
        Assert.Equal(2, figures.Count);
        var bars = Traces(figures[0])[0]!;
        Assert.Equal("bar", (string?)bars["type"]);
        Assert.Equal("Machine Learning (cs.LG)", Strings(bars["y"])[0]);
        Assert.Equal(6, Numbers(bars["x"])[0]);
        var heatmap = Traces(figures[1])[0]!;
        Assert.Equal("heatmap", (string?)heatmap["type"]);
        Assert.Equal(["2021", "2022", "2023", "2024", "2025", "2026"], Strings(heatmap["x"]));
        Assert.Equal(18, heatmap["z"]!.AsArray().SelectMany(row => Numbers(row)).Sum());
        Assert.Contains("Chart: Papers per category and year (Year 2021–2026)", PaperKernel.Text(result));
    }

    [Theory]
    [InlineData("pie", "pie")]
    [InlineData("treemap", "treemap")]
    [InlineData("Bar", "bar")]
    public async Task Topics_draws_the_kind_of_chart_asked_for(string chart, string type)
    {
        var figures = In(PaperKernel.Html(await _kernel.RunAsync($"#!paper topics --chart {chart}")));

        Assert.Equal(type, (string?)Traces(figures[0])[0]!["type"]);
        Assert.Equal("heatmap", (string?)Traces(figures[1])[0]!["type"]);
    }

    [Fact]
    public async Task Authors_ranks_the_top_authors_and_the_network_shows_who_wrote_with_whom()
    {
        var result = await _kernel.RunAsync("#!paper authors --top 3 --network");

        var figures = In(PaperKernel.Html(result));
        Assert.Equal(2, figures.Count);
        var bars = Traces(figures[0])[0]!;
        Assert.Equal(["Masahiro Tanaka", "Sam Ade Jacobs", "Jinghan Yao"], Strings(bars["y"]));
        Assert.Equal([8, 4, 2], Numbers(bars["x"]));
        Assert.StartsWith("Co-authors among the top 3 authors", Title(figures[1]));
        Assert.Contains("Masahiro Tanaka", figures[1].ToJsonString());
    }

    [Fact]
    public async Task Authors_without_network_draws_one_chart_of_up_to_twenty_authors()
    {
        var result = await _kernel.RunAsync("#!paper authors --has-code");

        var figure = Assert.Single(In(PaperKernel.Html(result)));
        Assert.InRange(Strings(Traces(figure)[0]!["y"]).Length, 1, 20);
        Assert.Contains("papers: with code — 3 papers", Title(figure));
    }

    [Fact]
    public async Task Charts_read_the_collection_named_by_from()
    {
        await _kernel.RunAsync("var recent = papers.Where(p => p.Published.Year >= 2025);");

        var figure = Assert.Single(In(PaperKernel.Html(await _kernel.RunAsync("#!paper timeline --from recent --stack none"))));

        Assert.Equal(["2025", "2026"], Strings(Traces(figure)[0]!["x"]));
        Assert.Equal([4, 3], Totals(figure));
        Assert.Contains("<sub>recent — 7 papers</sub>", Title(figure));
    }

    [Fact]
    public async Task A_chart_returned_by_a_csharp_cell_renders_through_the_formatter()
    {
        var result = await _kernel.RunAsync("using PaperNotebooks.Charts;\npapers.AuthorsChart(5)");

        var figure = Assert.Single(In(PaperKernel.Html(result)));
        Assert.Equal("Masahiro Tanaka", Strings(Traces(figure)[0]!["y"])[0]);
        Assert.StartsWith("Chart: Top 5 authors by papers; of ", PaperKernel.Text(result));
    }
}
