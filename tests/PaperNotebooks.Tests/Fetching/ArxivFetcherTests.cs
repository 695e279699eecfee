using System.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using PaperNotebooks.Fetching;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Fetching;

public sealed class ArxivFetcherTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ScratchFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    private FetchOptions Options(LocalApi api, int max = 5, int pageSize = 2) =>
        new() { Endpoint = new Uri(api.Root, "api/query"), Max = max, PageSize = pageSize, CacheFolder = _cache.Path, Time = _clock };

    /// <summary>Runs the fetch while moving the test's clock on, so that waits of seconds pass at once.</summary>
    internal static async Task<ListingParseResult> Driven(Task<ListingParseResult> fetch, FakeTimeProvider clock)
    {
        while (!fetch.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(fetch, Task.Delay(5));
        }
        return await fetch;
    }

    private static Task<IResult> Pages(HttpRequest request, int total)
    {
        int start = int.Parse(request.Query["start"]!), max = int.Parse(request.Query["max_results"]!);
        return Task.FromResult(Results.Text(ServicePages.Atom(total, start, Math.Min(total, start + max)), "application/atom+xml"));
    }

    private static Dictionary<string, string?> Query(string pathAndQuery) =>
        HttpUtility.ParseQueryString(new Uri("http://x" + pathAndQuery).Query) is var query ? query.AllKeys.ToDictionary(k => k!, k => query[k]) : [];

    [Fact]
    public async Task Pages_are_asked_for_with_start_and_max_results_at_least_three_seconds_apart_and_read_into_papers()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 9));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("au:jacobs_s AND cat:cs.DC", Options(api)), _clock);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["2401.00001", "2401.00002", "2401.00003", "2401.00004", "2401.00005"], result.Papers.Select(p => p.ArxivId));
        Assert.All(result.Papers, p => Assert.Equal("arXiv: au:jacobs_s AND cat:cs.DC", p.Source));
        var requests = api.Requests.ToList();
        Assert.Equal([("0", "2"), ("2", "2"), ("4", "1")], requests.Select(r => Query(r.PathAndQuery)).Select(q => (q["start"], q["max_results"])));
        Assert.All(requests, r => Assert.Equal("au:jacobs_s AND cat:cs.DC", Query(r.PathAndQuery)["search_query"]));
        Assert.All(requests, r => Assert.Equal("submittedDate", Query(r.PathAndQuery)["sortBy"]));
        Assert.All(requests.Zip(requests.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(3), $"{pair.Second.At - pair.First.At}"));
    }

    [Fact]
    public async Task A_page_holding_fewer_papers_than_asked_for_is_followed_by_the_next_start()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) =>
        {
            int start = int.Parse(request.Query["start"]!);
            return Task.FromResult(Results.Text(ServicePages.Atom(7, start, Math.Min(7, start + 3)), "application/atom+xml"));
        });

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 7, pageSize: 100)), _clock);

        Assert.Equal(7, result.Papers.Count);
        Assert.Equal(["0", "3", "6"], api.Requests.Select(r => Query(r.PathAndQuery)["start"]));
    }

    [Fact]
    public async Task Paging_stops_when_the_service_has_no_more_papers()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 3));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 100)), _clock);

        Assert.Equal(3, result.Papers.Count);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_second_fetch_reads_the_cache_without_a_request_and_refresh_asks_again()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 4));
        var first = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 4)), _clock);

        var second = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 4)), _clock);
        Assert.Equal(2, api.Requests.Count);
        var refreshed = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 4) with { Refresh = true }), _clock);

        Assert.Equal(first.Papers.ToList(), second.Papers.ToList());
        Assert.Equal(first.Papers.ToList(), refreshed.Papers.ToList());
        Assert.Equal(4, api.Requests.Count);
    }

    [Fact]
    public async Task A_503_is_tried_again_after_a_pause_and_the_fetch_goes_on()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, n) =>
            n == 1 ? Task.FromResult(Results.StatusCode(503)) : Pages(request, total: 4));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 4)), _clock);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(4, result.Papers.Count);
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task A_429_waits_as_long_as_retry_after_says()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, n) =>
        {
            if (n != 0) return Pages(request, total: 2);
            return Task.FromResult((IResult)new RetryLater(TimeSpan.FromSeconds(20)));
        });

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 2)), _clock);

        Assert.Equal(2, result.Papers.Count);
        var requests = api.Requests.ToList();
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_service_asking_to_wait_too_long_stops_the_fetch_and_keeps_the_papers_that_arrived()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, n) =>
            n == 0 ? Pages(request, total: 6) : Task.FromResult((IResult)new RetryLater(TimeSpan.FromHours(1))));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 6)), _clock);

        Assert.Equal(2, result.Papers.Count);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FetchGaveUp, error.Code);
        Assert.Contains("arXiv answered 429", error.Message);
        Assert.Contains("the 2 papers fetched before are kept", error.Message);
    }

    [Fact]
    public async Task Failing_every_time_gives_up_after_the_retries_in_one_line()
    {
        await using var api = await LocalApi.StartAsync(_clock, (_, _) => Task.FromResult(Results.StatusCode(502)));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api)), _clock);

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FetchGaveUp, error.Code);
        Assert.Equal("arXiv answered 502 Bad Gateway; gave up after 4 tries", error.Message);
        Assert.Equal(4, api.Requests.Count);
    }

    [Fact]
    public async Task A_page_that_is_not_atom_stops_the_fetch_and_keeps_earlier_pages()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, n) =>
            n == 0 ? Pages(request, total: 6) : Task.FromResult(Results.Content("<html><body>Service maintenance</body></html>", "text/html")));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 6)), _clock);

        Assert.Equal(2, result.Papers.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FetchMalformedPage && d.Message.Contains("page 2"));
    }

    [Fact]
    public async Task A_refused_query_is_one_line_with_what_the_service_said()
    {
        await using var api = await LocalApi.StartAsync(_clock, (_, _) => Task.FromResult(Results.Text("malformed query: au:(", "text/plain", statusCode: 400)));

        var result = await Driven(PaperSources.Arxiv.FetchAsync("au:(", Options(api)), _clock);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FetchRefused, error.Code);
        Assert.Equal("arXiv answered 400 Bad Request: malformed query: au:(", error.Message);
    }

    [Fact]
    public async Task No_service_at_the_address_is_one_line_naming_arxiv()
    {
        var options = new FetchOptions { Endpoint = new Uri("http://127.0.0.1:9/api/query"), CacheFolder = _cache.Path, Time = _clock };

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", options), _clock);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FetchUnreachable, error.Code);
        Assert.StartsWith("could not reach arXiv: ", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Fact]
    public async Task Cancelling_during_a_slow_page_keeps_the_papers_that_arrived()
    {
        using var cancel = new CancellationTokenSource();
        await using var api = await LocalApi.StartAsync(_clock, async (request, n) =>
        {
            if (n == 0) return await Pages(request, total: 6);
            cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
            await Task.Delay(TimeSpan.FromSeconds(30), request.HttpContext.RequestAborted);
            return Results.StatusCode(500);
        });
        var progress = new List<FetchProgress>();

        var result = await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 6) with { Progress = new SyncProgress(progress) }, cancel.Token), _clock);

        Assert.Equal(2, result.Papers.Count);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FetchCancelled, warning.Code);
        Assert.Equal("fetched 2 of 6 papers from arXiv, page 1", Assert.Single(progress).ToString());
    }

    [Fact]
    public async Task The_cache_never_holds_more_than_its_limit_and_keeps_the_newest()
    {
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 40));

        await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 40, pageSize: 4) with { CacheLimitBytes = 12_000 }), _clock);

        var files = new DirectoryInfo(_cache.Path).GetFiles();
        Assert.InRange(files.Sum(f => f.Length), 1, 12_000);
        Assert.True(files.Length < 10);
    }

    [Fact]
    public async Task Keeping_the_cache_under_its_limit_never_deletes_files_that_are_not_responses()
    {
        string notes = Path.Combine(_cache.Path, "notes.txt");
        File.WriteAllText(notes, new string('x', 20_000));
        await using var api = await LocalApi.StartAsync(_clock, (request, _) => Pages(request, total: 8));

        await Driven(PaperSources.Arxiv.FetchAsync("cat:cs.DC", Options(api, max: 8, pageSize: 4) with { CacheLimitBytes = 1_000 }), _clock);

        Assert.Equal(20_000, new FileInfo(notes).Length);
    }

    /// <summary>Progress told on the reporting thread, so the test sees it before the fetch returns.</summary>
    internal sealed class SyncProgress(List<FetchProgress> into) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value)
        {
            lock (into) into.Add(value);
        }
    }

    /// <summary>429 Too Many Requests with a Retry-After in seconds.</summary>
    private sealed class RetryLater(TimeSpan after) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = ((int)after.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }
    }
}
