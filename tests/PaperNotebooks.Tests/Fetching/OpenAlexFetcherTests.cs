using System.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using PaperNotebooks.Fetching;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Fetching;

public sealed class OpenAlexFetcherTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ScratchFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    private FetchOptions Options(LocalApi api, int max = 5, int? pageSize = 2) =>
        new() { Endpoint = new Uri(api.Root, "openalex"), Max = max, PageSize = pageSize, CacheFolder = _cache.Path, Time = _clock, Mailto = "me@example.org" };

    // Cursors are the page's index: "*" is the first, then "c1", "c2", ...
    private static Task<IResult> Pages(HttpRequest request, int total)
    {
        string cursor = request.Query["cursor"]!;
        int page = cursor == "*" ? 0 : int.Parse(cursor[1..]);
        int size = int.Parse(request.Query["per-page"]!);
        int from = page * size, to = Math.Min(total, from + size);
        string? next = to < total ? $"c{page + 1}" : null;
        return Task.FromResult(Results.Text(ServicePages.OpenAlex(total, from, to, next), "application/json"));
    }

    private static System.Collections.Specialized.NameValueCollection Query(string pathAndQuery) =>
        HttpUtility.ParseQueryString(new Uri("http://x" + pathAndQuery).Query);

    [Fact]
    public async Task Pages_follow_the_cursor_with_the_search_the_filters_and_the_mailto()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 5));
        var query = new OpenAlexQuery("sequence parallelism") { Author = "Sam Ade Jacobs", FromYear = 2023, ToYear = 2026 };

        var result = await ArxivFetcherTests.Driven(PaperSources.OpenAlex.FetchAsync(query, Options(api, max: 10)), _clock);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Work number 1", "Work number 2", "Work number 3", "Work number 4", "Work number 5"], result.Papers.Select(p => p.Title));
        Assert.All(result.Papers, p => Assert.Equal("Computer Networks and Communications", p.Category));
        var requests = api.Requests.Select(r => (Path: r.PathAndQuery.Split('?')[0], Query: Query(r.PathAndQuery))).ToList();
        Assert.Equal(["*", "c1", "c2"], requests.Select(r => r.Query["cursor"]));
        Assert.All(requests, r =>
        {
            Assert.Equal("/openalex/works", r.Path);
            Assert.Equal("sequence parallelism", r.Query["search"]);
            Assert.Equal("raw_author_name.search:Sam Ade Jacobs,publication_year:2023-2026", r.Query["filter"]);
            Assert.Equal("me@example.org", r.Query["mailto"]);
            Assert.Equal("2", r.Query["per-page"]);
        });
    }

    [Fact]
    public async Task Two_hundred_works_a_page_unless_told_and_no_more_than_the_most_asked_for()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 1000));

        var result = await ArxivFetcherTests.Driven(PaperSources.OpenAlex.FetchAsync("graphs", Options(api, max: 300, pageSize: null)), _clock);

        Assert.Equal(300, result.Papers.Count);
        Assert.Equal(["200", "200"], api.Requests.Select(r => Query(r.PathAndQuery)["per-page"]));
    }

    [Fact]
    public async Task The_cache_is_keyed_without_the_mailto_so_a_shared_cache_answers_anyone()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 2));
        await ArxivFetcherTests.Driven(PaperSources.OpenAlex.FetchAsync("graphs", Options(api)), _clock);

        var again = await ArxivFetcherTests.Driven(PaperSources.OpenAlex.FetchAsync("graphs", Options(api) with { Mailto = "someone.else@example.org" }), _clock);

        Assert.Equal(2, again.Papers.Count);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_page_that_is_not_json_stops_the_fetch_keeping_what_arrived()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, n) =>
            n == 0 ? Pages(request, total: 5) : Task.FromResult(Results.Text("{\"meta\": {\"count\": 5}, \"results\": [ {\"display_na", "application/json")));

        var result = await ArxivFetcherTests.Driven(PaperSources.OpenAlex.FetchAsync("graphs", Options(api)), _clock);

        Assert.Equal(2, result.Papers.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OpenAlexMalformed);
    }
}
