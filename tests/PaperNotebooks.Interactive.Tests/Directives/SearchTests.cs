using PaperNotebooks.Search;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using static PaperNotebooks.Interactive.Tests.ChartFigures;

namespace PaperNotebooks.Interactive.Tests;

/// <summary><c>#!paper search</c>, <c>similar</c> and <c>topics --keywords</c> on the seed listing, in a real kernel.</summary>
public sealed partial class SearchTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public async Task A_quoted_author_query_reaches_the_search_as_typed_and_finds_both_spellings()
    {
        var result = await _kernel.RunAsync("#!paper search au:\"sam ade jacobs\"");

        Assert.Equal(
            new[] { "jacobs2023deepspeed", "lian2024universal", "yao2024training", "yao2026mac" },
            Ids(PaperKernel.Text(result)).Order());
        Assert.Contains("Search 'au:\"sam ade jacobs\"'", PaperKernel.Text(result));
    }

    [Fact]
    public async Task A_quoted_author_and_a_year_are_one_query()
    {
        var text = PaperKernel.Text(await _kernel.RunAsync("#!paper search au:\"sam ade jacobs\" AND year:2024 --top 10"));

        Assert.Contains("Search 'au:\"sam ade jacobs\" AND year:2024'", text);
        Assert.Equal(new[] { "lian2024universal", "yao2024training" }, Ids(text).Order());
    }

    [Fact]
    public async Task A_word_inside_compound_names_finds_DeepSpeed_Chat_and_DeepSpeed4Science()
    {
        var result = await _kernel.RunAsync("#!paper search deepspeed");

        var ids = Ids(PaperKernel.Text(result));
        Assert.Contains("yao2023deepspeed", ids);
        Assert.Contains("song2023deepspeed4science", ids);
        Assert.Contains("<mark", PaperKernel.Html(result));
    }

    [Fact]
    public async Task A_year_range_and_a_category_give_the_same_papers_as_the_core()
    {
        var expected = await CoreIds("year:2021..2024 AND cat:LG");

        var text = PaperKernel.Text(await _kernel.RunAsync("#!paper search year:2021..2024 AND cat:LG --top 50"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), Ids(text).Order());
    }

    [Fact]
    public async Task Top_limits_the_hits_and_the_heading_says_of_how_many()
    {
        var text = PaperKernel.Text(await _kernel.RunAsync("#!paper search deepspeed --top 1"));

        Assert.Single(Ids(text));
        Assert.Contains("the best 1 of", text);
    }

    [Theory]
    [InlineData("#!paper search \"unbalanced", "PN103")]
    [InlineData("#!paper search (a OR b", "PN104")]
    [InlineData("#!paper search NOT", "PN105")]
    public async Task A_malformed_query_fails_with_where_it_broke_and_the_kernel_keeps_working(string code, string errorCode)
    {
        string error = await _kernel.FailAsync(code);

        Assert.StartsWith($"Query error {errorCode}", error);
        Assert.Contains("^", error);
        Assert.DoesNotContain("Exception", error);
        Assert.Contains("yao2023deepspeed", PaperKernel.Text(await _kernel.RunAsync("#!paper search deepspeed")));
    }

    [Fact]
    public async Task An_empty_search_asks_for_a_query()
    {
        string error = await _kernel.FailAsync("#!paper search");

        Assert.StartsWith("'#!paper search' needs a query", error);
        await _kernel.RunAsync("#!paper search offloading");
    }

    [Fact]
    public async Task A_bad_top_is_reported()
    {
        Assert.StartsWith("--top takes a whole number from 1 to 1000, not '0'.", await _kernel.FailAsync("#!paper search deepspeed --top 0"));
    }

    [Fact]
    public async Task Markup_in_a_query_is_encoded_in_the_output()
    {
        var result = await _kernel.SubmitAsync("#!paper search <script>alert(1)</script>");

        string html = PaperKernel.Html(result);
        Assert.DoesNotContain("<script>alert", html);
        if (!result.Events.OfType<CommandFailed>().Any()) Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Markup_in_a_successful_query_heading_is_encoded()
    {
        var result = await _kernel.RunAsync("#!paper search deepspeed OR \"<script>\"");

        string html = PaperKernel.Html(result);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Papers_Search_in_a_CSharp_cell_renders_the_ranked_table()
    {
        var result = await _kernel.RunAsync("using PaperNotebooks.Search;\npapers.Search(\"offloading\")");

        string html = PaperKernel.Html(result);
        Assert.Contains("class=\"paper-search\"", html);
        Assert.Contains("<mark", html);
        Assert.Contains("Search 'offloading'", PaperKernel.Text(result));
    }

    [Fact]
    public async Task Similar_lists_papers_like_one_with_the_terms_they_share()
    {
        var result = await _kernel.RunAsync("#!paper similar yao2026mac --top 5");

        string text = PaperKernel.Text(result);
        Assert.StartsWith("Papers like yao2026mac", text);
        var rows = text.Split('\n').Where(l => l.Contains("shared: ")).ToList();
        Assert.InRange(rows.Count, 1, 5);
        Assert.All(rows, r => Assert.DoesNotContain("yao2026mac", r));
        Assert.Contains(rows, r => r.Split("shared: ")[1].Trim().Length > 0);
        Assert.Contains("class=\"paper-similar\"", PaperKernel.Html(result));
    }

    [Fact]
    public async Task Similar_with_an_unknown_id_suggests_the_nearest()
    {
        string error = await _kernel.FailAsync("#!paper similar yao2026ma");

        Assert.Equal("No paper in papers has the id 'yao2026ma'. Did you mean 'yao2026mac'?", error);
        await _kernel.RunAsync("#!paper similar yao2026mac");
    }

    [Fact]
    public async Task Topics_with_keywords_lists_key_phrases_and_draws_a_phrase_by_year_heatmap()
    {
        var result = await _kernel.RunAsync("#!paper topics --keywords --top 15");

        string text = PaperKernel.Text(result);
        Assert.Contains("long context", text);
        string html = PaperKernel.Html(result);
        Assert.Contains("class=\"paper-keyphrases\"", html);
        Assert.Equal(1, Count(html, ChartDiv));
        var figure = Assert.Single(In(html));
        Assert.Equal("heatmap", (string?)Traces(figure)[0]!["type"]);
        Assert.Contains("Papers per key phrase and year", text);
    }

    [Fact]
    public async Task Topics_without_keywords_still_charts_categories()
    {
        var html = PaperKernel.Html(await _kernel.RunAsync("#!paper topics"));

        Assert.Equal(2, Count(html, ChartDiv));
        Assert.DoesNotContain("paper-keyphrases", html);
    }

    [Fact]
    public async Task Help_lists_search_and_similar_with_examples()
    {
        string text = PaperKernel.Text(await _kernel.RunAsync("#!paper help"));

        Assert.Contains("#!paper search [<query>] [--from <var>] [--top <n>]", text);
        Assert.Contains("e.g. #!paper search au:\"sam ade jacobs\" AND year:2024", text);
        Assert.Contains("e.g. #!paper similar yao2026mac", text);
    }

    [Theory]
    [InlineData("#!paper search ", "au:")]
    [InlineData("#!paper search ", "has:code")]
    [InlineData("#!paper similar ", "yao2026mac")]
    public async Task Completions_offer_field_prefixes_after_search_and_ids_after_similar(string code, string expected)
    {
        var result = await _kernel.Kernel.SendAsync(new RequestCompletions(code, new LinePosition(0, code.Length)));

        Assert.Contains(expected, result.Events.OfType<CompletionsProduced>().SelectMany(e => e.Completions).Select(c => c.DisplayText));
    }

    private async Task<string[]> CoreIds(string query)
    {
        var result = await _kernel.RunAsync($"using PaperNotebooks.Search;\nstring.Join(\" \", papers.Search({System.Text.Json.JsonSerializer.Serialize(query)}, 1000).Hits.Select(h => h.Paper.Id))");
        return (PaperKernel.ReturnValue<string>(result) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The ids of the rows of a search table in text form.</summary>
    private static string[] Ids(string text) =>
        text.Split('\n').Select(l => HitRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex(@"^\s*\d+\s+\d+\.\d\d\s+(\S+)")]
    private static partial Regex HitRow();
}
