using System.Web;
using Microsoft.AspNetCore.Http;
using PaperNotebooks.EndToEnd.Tests.Infrastructure;
using PaperNotebooks.Tests.Fetching;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// <c>#!paper fetch</c> in the real dotnet-interactive Jupyter kernel against a real HTTP server on 127.0.0.1 serving
/// arXiv API pages: the notebook points <c>PAPERNOTEBOOKS_ARXIV_API</c> and <c>PAPERNOTEBOOKS_CACHE</c> at the test's
/// server and folder, fetches two pages 3 seconds apart, charts them, and fetches again from the cache.
/// </summary>
public sealed class FetchInJupyterTests : IClassFixture<FetchInJupyterTests.ExecutedNotebook>
{
    private const int Fetch = 2, Count = 3, Timeline = 4, Again = 5;
    private readonly ExecutedNotebook _run;

    public FetchInJupyterTests(ExecutedNotebook run) => _run = run;

    [Fact]
    public void The_fetch_pages_through_the_server_with_the_query_as_typed()
    {
        var queries = _run.Requests.Select(r => HttpUtility.ParseQueryString(new Uri("http://x" + r).Query)).ToList();

        Assert.Equal(2, queries.Count);
        Assert.All(queries, q => Assert.Equal("au:jacobs_s AND cat:cs.DC", q["search_query"]));
        Assert.Equal(["0", "3"], queries.Select(q => q["start"]));
        Assert.Contains(_run.Outputs[Fetch], o => o.Plain.Contains("Loaded 5 papers from arXiv: au:jacobs_s AND cat:cs.DC into fetched and fetchedFrame.", StringComparison.Ordinal));
        Assert.Contains(_run.Outputs[Count], o => (o.Plain + o.Html).Contains('5'));
    }

    [Fact]
    public void The_fetched_papers_chart_and_the_second_fetch_reads_the_cache()
    {
        Assert.Contains(_run.Outputs[Timeline], o => o.Html.Contains("plotly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_run.Outputs[Again], o => o.Plain.Contains("Loaded 5 papers", StringComparison.Ordinal));
        Assert.DoesNotContain(_run.Outputs.SelectMany(o => o), o => o.IsError);
    }

    public sealed class ExecutedNotebook : IAsyncLifetime
    {
        private LocalApi? _api;

        public string Folder { get; } = Repository.Artifacts("e2e", "fetch");
        public IReadOnlyList<IReadOnlyList<CellOutput>> Outputs { get; private set; } = [];
        public IReadOnlyList<string> Requests { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Prerequisites.Require();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            Directory.CreateDirectory(Folder);
            _api = await LocalApi.StartAsync(TimeProvider.System, (request, _) =>
            {
                int start = int.Parse(request.Query["start"]!), max = int.Parse(request.Query["max_results"]!);
                return Task.FromResult(Results.Text(ServicePages.Atom(5, start, Math.Min(5, start + Math.Min(max, 3))), "application/atom+xml"));
            });
            string cache = Path.Combine(Folder, "cache");
            string[] cells =
            [
                await ExtensionPackage.LoadCellAsync(),
                $"Environment.SetEnvironmentVariable(\"PAPERNOTEBOOKS_ARXIV_API\", \"{new Uri(_api.Root, "api/query")}\");\n" +
                $"Environment.SetEnvironmentVariable(\"PAPERNOTEBOOKS_CACHE\", @\"{cache}\");",
                "#!paper fetch arxiv au:jacobs_s AND cat:cs.DC --max 5 --name fetched",
                "fetched.Count",
                "#!paper timeline --from fetched",
                "#!paper fetch arxiv au:jacobs_s AND cat:cs.DC --max 5 --name again",
            ];
            string notebook = Path.Combine(Folder, "fetch.ipynb");
            Notebook.Write(notebook, cells);

            Outputs = Notebook.ReadOutputs(await Jupyter.ExecuteAsync(notebook));
            Requests = [.. _api.Requests.Select(r => r.PathAndQuery)];
        }

        public async Task DisposeAsync()
        {
            if (_api is not null) await _api.DisposeAsync();
        }
    }
}
