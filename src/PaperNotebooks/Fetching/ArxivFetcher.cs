using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.ArxivAtom;

namespace PaperNotebooks.Fetching;

/// <summary>
/// Papers from arXiv's query API. The query is the API's own <c>search_query</c> syntax (<c>au:jacobs_s AND
/// cat:cs.DC</c>); pages of at most 2,000 (<c>start</c>, <c>max_results</c>) are requested at least 3 seconds apart,
/// as arXiv's API terms ask, and read with the Atom reader. The address is <see cref="FetchOptions.Endpoint"/>, else
/// <c>PAPERNOTEBOOKS_ARXIV_API</c>, else arXiv's.
/// </summary>
public sealed partial class ArxivFetcher
{
    public const string EndpointVariable = "PAPERNOTEBOOKS_ARXIV_API";
    public static readonly Uri DefaultEndpoint = new("https://export.arxiv.org/api/query");
    private const int MostPerPage = 2000;

    internal ArxivFetcher()
    {
    }

    /// <summary>The arXiv API's time between requests.</summary>
    public static TimeSpan Spacing { get; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Fetches up to <see cref="FetchOptions.Max"/> papers matching <paramref name="query"/>. Never throws for the
    /// network, the service or cancellation: what stopped the fetch is a diagnostic, and the papers that arrived before
    /// are in the result.
    /// </summary>
    public async Task<ListingParseResult> FetchAsync(string query, FetchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= FetchOptions.Default;
        var run = new FetchRun("arXiv", query, options);
        if (string.IsNullOrWhiteSpace(query))
        {
            run.Problem(DiagnosticCodes.FetchRefused, "give a query in arXiv's search syntax, such as au:jacobs_s AND cat:cs.DC");
            return run.ToResult();
        }
        string sortBy = options.Sort switch
        {
            FetchSort.Relevance => "relevance",
            FetchSort.Updated => "lastUpdatedDate",
            _ => "submittedDate",
        };
        var endpoint = Endpoint(options);
        var client = new PoliteClient("arXiv", Spacing, options, ResponseCache.For(options));
        int pageSize = Math.Clamp(options.PageSize ?? MostPerPage, 1, MostPerPage);
        int? total = null;
        return await run.RunAsync(async () =>
        {
            for (int start = 0; !run.IsFull && (total is null || start < total);)
            {
                int ask = Math.Min(pageSize, options.Max - run.Count);
                string parameters = string.Create(CultureInfo.InvariantCulture,
                    $"search_query={Uri.EscapeDataString(query.Trim())}&start={start}&max_results={ask}&sortBy={sortBy}&sortOrder=descending");
                var url = new Uri(endpoint + (endpoint.Query.Length > 0 ? "&" : "?") + parameters);
                var page = await client.GetAsync(url, "arXiv " + parameters, ".atom", cancellationToken).ConfigureAwait(false);
                if (run.Body(page) is not { } body) return;
                total = TotalResults(body) ?? total;
                if (run.AddPage(ArxivAtomPaperSource.Instance, body, page.FromCache, total) is not { } entries)
                {
                    run.Problem(DiagnosticCodes.FetchMalformedPage, $"page {run.Pages} (start={start}) is not an arXiv API response; stopped");
                    return;
                }
                // arXiv sometimes answers a page with no entries though more exist; asking again later helps, looping does not.
                if (entries == 0) return;
                // The next page starts after what this one held, which may be less than asked for.
                start += entries;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The option, else <c>PAPERNOTEBOOKS_ARXIV_API</c>, else arXiv's own address.</summary>
    public static Uri Endpoint(FetchOptions options) => FetchRun.Endpoint(options, EndpointVariable, DefaultEndpoint);

    private static int? TotalResults(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 8192));
        var match = TotalResultsPattern().Match(head);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out int total) ? total : null;
    }

    [GeneratedRegex(@"<(?:\w+:)?totalResults[^>]*>\s*(\d{1,9})\s*<")]
    private static partial Regex TotalResultsPattern();
}
