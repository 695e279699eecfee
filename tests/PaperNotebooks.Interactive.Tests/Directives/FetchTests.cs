using System.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DotNet.Interactive.Events;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Model;
using PaperNotebooks.Tests.Fetching;

namespace PaperNotebooks.Interactive.Tests;

/// <summary><c>#!paper fetch</c> in a real kernel against a real HTTP server on 127.0.0.1 serving arXiv's and OpenAlex's shapes.</summary>
public sealed class FetchTests : IAsyncLifetime
{
    private readonly string _cache = Directory.CreateTempSubdirectory("papernb-fetch-cache-").FullName;
    private LocalApi _api = null!;
    private PaperKernel _kernel = null!;
    private Func<HttpRequest, int, Task<IResult>> _answer = (_, _) => Task.FromResult(Results.StatusCode(500));

    public async Task InitializeAsync()
    {
        _api = await LocalApi.StartAsync(TimeProvider.System, (request, n) => _answer(request, n));
        _kernel = new PaperKernel(options: new PaperExtensionOptions
        {
            ArxivApi = new Uri(_api.Root, "api/query"),
            OpenAlexApi = new Uri(_api.Root, "openalex/"),
            CacheFolder = _cache,
        });
    }

    public async Task DisposeAsync()
    {
        _kernel.Dispose();
        await _api.DisposeAsync();
        Directory.Delete(_cache, recursive: true);
    }

    private static Task<IResult> Atom(HttpRequest request, int total)
    {
        int start = int.Parse(request.Query["start"]!), max = int.Parse(request.Query["max_results"]!);
        return Task.FromResult(Results.Text(ServicePages.Atom(total, start, Math.Min(total, start + max)), "application/atom+xml"));
    }

    private static Task<IResult> OpenAlex(HttpRequest request, int total)
    {
        string cursor = request.Query["cursor"]!;
        int page = cursor == "*" ? 0 : int.Parse(cursor[1..]), size = int.Parse(request.Query["per-page"]!);
        int from = page * size, to = Math.Min(total, from + size);
        return Task.FromResult(Results.Text(ServicePages.OpenAlex(total, from, to, to < total ? $"c{page + 1}" : null), "application/json"));
    }

    private string Query(int request, string name) =>
        HttpUtility.ParseQueryString(new Uri("http://x" + _api.Requests.ElementAt(request).PathAndQuery).Query)[name]!;

    [Fact]
    public async Task Fetch_arxiv_sends_the_query_as_typed_and_defines_the_papers_and_their_frame()
    {
        _answer = (request, _) => Atom(request, total: 7);

        var result = await _kernel.RunAsync("#!paper fetch arxiv au:\"jacobs, s\" AND cat:cs.DC --max 5 --name ulysses --sort updated");

        Assert.Equal("au:\"jacobs, s\" AND cat:cs.DC", Query(0, "search_query"));
        Assert.Equal("5", Query(0, "max_results"));
        Assert.Equal("lastUpdatedDate", Query(0, "sortBy"));
        Assert.Contains("Loaded 5 papers from arXiv: au:\"jacobs, s\" AND cat:cs.DC into ulysses and ulyssesFrame.", PaperKernel.Text(result));
        Assert.Equal(5, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("ulysses.Count")));
        Assert.Equal(5L, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("ulyssesFrame.Rows.Count")));
        Assert.Contains("Paper number 1", PaperKernel.Text(await _kernel.RunAsync("#!paper search sequence --from ulysses")));
    }

    [Fact]
    public async Task Progress_is_one_line_updated_in_place_as_pages_arrive()
    {
        _answer = (request, _) => OpenAlex(request, total: 500);

        var result = await _kernel.RunAsync("#!paper fetch openalex graphs --max 450 --name works");

        var first = Assert.Single(result.Events.OfType<DisplayedValueProduced>(), e => e.Value is string);
        Assert.Equal("asking OpenAlex…", first.Value);
        var updates = result.Events.OfType<DisplayedValueUpdated>().Where(e => e.ValueId == first.ValueId).Select(e => e.Value).ToList();
        Assert.Equal(["fetched 200 of 450 papers from OpenAlex, page 1", "fetched 400 of 450 papers from OpenAlex, page 2",
            "fetched 450 of 450 papers from OpenAlex, page 3", "fetched 450 papers from OpenAlex"], updates);
    }

    [Fact]
    public async Task Fetch_openalex_passes_author_and_years_as_filters()
    {
        _answer = (request, _) => OpenAlex(request, total: 3);

        await _kernel.RunAsync("#!paper fetch openalex sequence parallelism --author \"Sam Ade Jacobs\" --year 2023..2026 --mailto me@example.org");

        Assert.Equal("sequence parallelism", Query(0, "search"));
        Assert.Equal("raw_author_name.search:Sam Ade Jacobs,publication_year:2023-2026", Query(0, "filter"));
        Assert.Equal("me@example.org", Query(0, "mailto"));
        Assert.Equal(3, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("papers.Count")));
    }

    [Fact]
    public async Task Running_the_cell_again_reads_the_cache_and_refresh_asks_again()
    {
        _answer = (request, _) => Atom(request, total: 3);
        await _kernel.RunAsync("#!paper fetch arxiv cat:cs.DC");

        await _kernel.RunAsync("#!paper fetch arxiv cat:cs.DC");
        Assert.Single(_api.Requests);
        await _kernel.RunAsync("#!paper fetch arxiv cat:cs.DC --refresh");

        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task Years_for_arxiv_become_a_submitted_date_range_in_the_query()
    {
        _answer = (request, _) => Atom(request, total: 1);

        await _kernel.RunAsync("#!paper fetch arxiv cat:cs.DC --year 2023..2024");

        Assert.Equal("(cat:cs.DC) AND submittedDate:[202301010000 TO 202412312359]", Query(0, "search_query"));
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_fails_the_cell_with_one_line_and_the_kernel_goes_on()
    {
        await _api.DisposeAsync();
        _api = await LocalApi.StartAsync(TimeProvider.System, (request, n) => _answer(request, n));
        using var kernel = new PaperKernel(options: new PaperExtensionOptions { ArxivApi = new Uri("http://127.0.0.1:9/api/query"), CacheFolder = _cache });

        string error = await kernel.FailAsync("#!paper fetch arxiv cat:cs.DC");

        Assert.StartsWith("could not reach arXiv: ", error);
        Assert.DoesNotContain("\n", error);
        Assert.Equal(2, PaperKernel.ReturnValue<int>(await kernel.RunAsync("1 + 1")));
    }

    [Fact]
    public async Task An_error_after_some_pages_keeps_them_and_says_what_stopped_the_fetch()
    {
        _answer = (request, n) => n == 0 ? OpenAlex(request, total: 500) : Task.FromResult(Results.Text("bad request", statusCode: 400));

        var result = await _kernel.RunAsync("#!paper fetch openalex graphs --max 500 --name part");

        string text = PaperKernel.Text(result);
        Assert.Contains("Loaded 200 papers", text);
        Assert.Contains("OpenAlex answered 400 Bad Request: bad request; the 200 papers fetched before are kept", text);
        Assert.Equal(200, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("part.Count")));
    }

    [Fact]
    public async Task An_interrupt_during_a_slow_page_keeps_the_papers_that_arrived_for_the_directives()
    {
        _answer = async (request, n) =>
        {
            if (n == 0) return await OpenAlex(request, total: 500);
            await Task.Delay(TimeSpan.FromSeconds(30), request.HttpContext.RequestAborted);
            return Results.StatusCode(500);
        };

        var running = _kernel.SubmitAsync("#!paper fetch openalex graphs --max 500 --name part");
        while (_api.Requests.Count < 2) await Task.Delay(50);
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(20));

        // Whichever ends the cell first says so: .NET Interactive's "Command cancelled." or the fetch's own line.
        string message = Assert.Single(result.Events.OfType<CommandFailed>()).Message;
        Assert.True(message == "Command cancelled." || message.StartsWith("'#!paper fetch' was interrupted after 200 papers; they are kept", StringComparison.Ordinal), message);
        var session = PaperKernelExtension.SessionOf(_kernel.Kernel)!;
        for (int i = 0; i < 100 && session.Find("part") is null; i++) await Task.Delay(50);
        Assert.Contains("200 papers", PaperKernel.Text(await _kernel.RunAsync("#!paper stats --from part")));
    }

    [Theory]
    [InlineData("#!paper fetch", "'#!paper fetch' takes arxiv or openalex first")]
    [InlineData("#!paper fetch scholar deep learning", "'#!paper fetch' takes arxiv or openalex first")]
    [InlineData("#!paper fetch arxiv", "'#!paper fetch arxiv' needs a query")]
    [InlineData("#!paper fetch arxiv cat:cs.DC --max 0", "--max takes a whole number from 1 to 100000, not '0'.")]
    [InlineData("#!paper fetch arxiv cat:cs.DC --sort newest", "--sort takes one of submitted, updated, relevance, not 'newest'.")]
    [InlineData("#!paper fetch openalex x --year 2026..2023", "--year takes a year or a range such as 2023..2026, not '2026..2023'.")]
    [InlineData("#!paper fetch arxiv cat:cs.DC --author jacobs", "--author is for openalex")]
    [InlineData("#!paper fetch arxiv cat:cs.DC --name 1x", "1x")]
    public async Task Bad_arguments_are_refused_in_one_line_before_any_request(string line, string expected)
    {
        string error = await _kernel.FailAsync(line);

        Assert.Contains(expected, error);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Fetched_papers_merge_with_loaded_ones_in_csharp()
    {
        _answer = (request, _) => Atom(request, total: 3);
        await _kernel.RunAsync("#!paper fetch arxiv cat:cs.DC --name fetched");
        await _kernel.RunAsync("#!paper load references.bib --name mine");

        var merged = await _kernel.RunAsync("var all = mine.MergedWith(fetched); all.Count");

        Assert.Equal(15, PaperKernel.ReturnValue<int>(merged));
    }
}
