#:project ../../src/PaperNotebooks/PaperNotebooks.csproj
#:property PublishAot=false
// Writes notebooks/fetch-cache/: the responses notebook 06 reads when it runs offline (under papernb run and in CI).
// They are EXAMPLES in the shapes of arXiv's query API (Atom) and OpenAlex's works API (JSON), made from the bundled
// seed listing and seeds/references.bib, not answers the services gave. They are put in the cache the way a fetch
// puts them: a local HTTP server serves them and PaperSources.Arxiv / PaperSources.OpenAlex fetch them.
//
//   dotnet run eng/notebook-cache/make-cache.cs
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PaperNotebooks.Fetching;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

string root = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", ".."));
string cache = Path.Combine(root, "notebooks", "fetch-cache");
var options = new ListingReadOptions { AsOf = new DateOnly(2026, 5, 1) };
var papers = PaperSources.ReadFiles([Path.Combine(root, "seeds", "000_4bb47f8579d701ca.txt"), Path.Combine(root, "seeds", "references.bib")], options).Papers
    .Where(p => p.Abstract.Length > 0).ToList();

// The notebook's two fetch lines ask for these.
const string ArxivQuery = "all:deepspeed";
const string OpenAlexSearch = "sequence parallelism";
string atom = Atom(papers.Where(p => p.ArxivId is not null).ToList());
string works = OpenAlex(papers.Where(p => p.Published.Year >= 2023).ToList());

using var server = new HttpListener();
int port = Random.Shared.Next(20000, 60000);
server.Prefixes.Add($"http://127.0.0.1:{port}/");
server.Start();
_ = Task.Run(async () =>
{
    while (server.IsListening)
    {
        var context = await server.GetContextAsync();
        bool arxiv = context.Request.Url!.AbsolutePath.StartsWith("/api/query", StringComparison.Ordinal);
        byte[] body = Encoding.UTF8.GetBytes(arxiv ? atom : works);
        context.Response.ContentType = arxiv ? "application/atom+xml" : "application/json";
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }
});

foreach (var stale in Directory.Exists(cache) ? Directory.GetFiles(cache, "*.*") : []) File.Delete(stale);
var fetch = new FetchOptions { CacheFolder = cache, Refresh = true, Max = 50 };
var fromArxiv = await PaperSources.Arxiv.FetchAsync(ArxivQuery, fetch with { Endpoint = new Uri($"http://127.0.0.1:{port}/api/query") });
var fromOpenAlex = await PaperSources.OpenAlex.FetchAsync(new OpenAlexQuery(OpenAlexSearch) { FromYear = 2023, ToYear = 2026 }, fetch with { Endpoint = new Uri($"http://127.0.0.1:{port}/") });
server.Stop();
foreach (var (name, result) in new[] { ("arXiv", fromArxiv), ("OpenAlex", fromOpenAlex) })
{
    if (result.Diagnostics.Count > 0) throw new InvalidOperationException($"{name}: {result.Diagnostics[0]}");
    Console.WriteLine($"{name}: {result.Papers.Count} papers cached in {cache}");
}
return;

static string Atom(IReadOnlyList<Paper> papers)
{
    var feed = new StringBuilder($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- An EXAMPLE in the shape of arXiv's query API, written by eng/notebook-cache/make-cache.cs from PaperNotebooks' seed listing; not arXiv's answer. -->
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
          <link href="http://arxiv.org/api/query?search_query%3D{ArxivQuery}" rel="self" type="application/atom+xml"/>
          <title type="html">ArXiv Query: search_query={ArxivQuery} (example)</title>
          <id>http://arxiv.org/api/example</id>
          <updated>2026-05-01T00:00:00-04:00</updated>
          <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{papers.Count}</opensearch:totalResults>
          <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
          <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{papers.Count}</opensearch:itemsPerPage>
        """);
    foreach (var p in papers)
    {
        string date = p.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        feed.Append($"""

              <entry>
                <id>http://arxiv.org/abs/{p.ArxivId}v1</id>
                <updated>{date}T17:59:02Z</updated>
                <published>{date}T17:59:02Z</published>
                <title>{WebUtility.HtmlEncode(p.Title)}</title>
                <summary>{WebUtility.HtmlEncode(p.Abstract)}</summary>
            """);
        foreach (var author in p.Authors) feed.Append($"\n    <author><name>{WebUtility.HtmlEncode(author)}</name></author>");
        feed.Append($"""

                <link href="http://arxiv.org/abs/{p.ArxivId}v1" rel="alternate" type="text/html"/>
                <link title="pdf" href="http://arxiv.org/pdf/{p.ArxivId}v1" rel="related" type="application/pdf"/>
                <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="{p.Category}" scheme="http://arxiv.org/schemas/atom"/>
            """);
        foreach (var category in p.Categories) feed.Append($"\n    <category term=\"{category}\" scheme=\"http://arxiv.org/schemas/atom\"/>");
        feed.Append("\n  </entry>");
    }
    return feed.Append("\n</feed>\n").ToString();
}

static string OpenAlex(IReadOnlyList<Paper> papers)
{
    // OpenAlex has no arXiv categories: its topics sit in subfields of fields.
    static (string Subfield, string Field) Topic(string category) => category switch
    {
        "cs.DC" or "cs.PF" or "cs.AR" => ("Hardware and Architecture", "Computer Science"),
        "cs.DB" => ("Information Systems", "Computer Science"),
        "cs.CR" => ("Computer Networks and Communications", "Computer Science"),
        "stat.ML" => ("Statistics and Probability", "Mathematics"),
        _ => ("Artificial Intelligence", "Computer Science"),
    };
    var results = papers.Select((p, i) =>
    {
        var (subfield, field) = Topic(p.Category);
        var words = p.Abstract.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var index = new Dictionary<string, List<int>>();
        for (int w = 0; w < words.Length; w++) (index.TryGetValue(words[w], out var at) ? at : index[words[w]] = []).Add(w);
        string? doi = p.Doi ?? (p.ArxivId is { } id ? $"10.48550/arxiv.{id}" : null);
        return new Dictionary<string, object?>
        {
            ["id"] = $"https://openalex.org/W9{i:D9}",
            ["doi"] = doi is null ? null : "https://doi.org/" + doi,
            ["title"] = p.Title,
            ["display_name"] = p.Title,
            ["publication_year"] = p.Published.Year,
            ["publication_date"] = p.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["type"] = p.Venue is null ? "preprint" : "article",
            ["primary_location"] = new Dictionary<string, object?>
            {
                ["landing_page_url"] = p.ArxivId is { } arxiv ? $"https://arxiv.org/abs/{arxiv}" : p.Url,
                ["source"] = new Dictionary<string, object?> { ["display_name"] = p.Venue ?? "arXiv (Cornell University)", ["type"] = p.Venue is null ? "repository" : "journal" },
            },
            ["authorships"] = p.Authors.Select((a, k) => new Dictionary<string, object?>
            {
                ["author_position"] = k == 0 ? "first" : "middle",
                ["author"] = new Dictionary<string, object?> { ["display_name"] = a },
                ["institutions"] = p.Affiliations.Take(1).Select(x => new Dictionary<string, object?> { ["display_name"] = x }).ToList(),
            }).ToList(),
            ["primary_topic"] = new Dictionary<string, object?>
            {
                ["display_name"] = subfield + " (example topic)",
                ["subfield"] = new Dictionary<string, object?> { ["display_name"] = subfield },
                ["field"] = new Dictionary<string, object?> { ["display_name"] = field },
            },
            ["abstract_inverted_index"] = index,
        };
    }).ToList();
    return JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["meta"] = new Dictionary<string, object?> { ["count"] = results.Count, ["db_response_time_ms"] = 0, ["page"] = null, ["per_page"] = 200, ["next_cursor"] = null, ["groups_count"] = null,
            ["note"] = "An EXAMPLE in the shape of OpenAlex's works API, written by eng/notebook-cache/make-cache.cs from PaperNotebooks' seed listing; not OpenAlex's answer." },
        ["results"] = results,
        ["group_by"] = Array.Empty<object>(),
    }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
