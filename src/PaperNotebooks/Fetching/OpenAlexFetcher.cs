using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.OpenAlex;

namespace PaperNotebooks.Fetching;

/// <summary>
/// Papers from OpenAlex's works API: free words (<c>search</c>) and filters (<see cref="OpenAlexQuery"/>), cursor
/// paging of up to 200 works a page, with a <c>mailto</c> for OpenAlex's polite pool when one is given
/// (<see cref="FetchOptions.Mailto"/> or <c>PAPERNOTEBOOKS_MAILTO</c>). The address is <see cref="FetchOptions.Endpoint"/>,
/// else <c>PAPERNOTEBOOKS_OPENALEX_API</c>, else OpenAlex's API root.
/// </summary>
public sealed class OpenAlexFetcher
{
    public const string EndpointVariable = "PAPERNOTEBOOKS_OPENALEX_API";
    public static readonly Uri DefaultEndpoint = new("https://api.openalex.org/");
    private const int MostPerPage = 200;

    internal OpenAlexFetcher()
    {
    }

    /// <summary>OpenAlex allows ten requests a second; a tenth of a second between them stays under it.</summary>
    public static TimeSpan Spacing { get; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Fetches works matching free words (OpenAlex's <c>search</c>).</summary>
    public Task<ListingParseResult> FetchAsync(string search, FetchOptions? options = null, CancellationToken cancellationToken = default) =>
        FetchAsync(new OpenAlexQuery(search), options, cancellationToken);

    /// <summary>
    /// Fetches up to <see cref="FetchOptions.Max"/> works matching <paramref name="query"/>. Never throws for the
    /// network, the service or cancellation: what stopped the fetch is a diagnostic, and the papers that arrived are kept.
    /// </summary>
    public async Task<ListingParseResult> FetchAsync(OpenAlexQuery query, FetchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= FetchOptions.Default;
        var run = new FetchRun("OpenAlex", query.ToString(), options);
        if (query.IsEmpty)
        {
            run.Problem(DiagnosticCodes.FetchRefused, "give words to search for, an author, or years");
            return run.ToResult();
        }
        var client = new PoliteClient("OpenAlex", Spacing, options, ResponseCache.For(options));
        int pageSize = Math.Clamp(options.PageSize ?? MostPerPage, 1, MostPerPage);
        string? mailto = PoliteClient.Mailto(options);
        string cursor = "*";
        return await run.RunAsync(async () =>
        {
            while (!run.IsFull)
            {
                string parameters = query.ToParameters(options.Sort) + string.Create(CultureInfo.InvariantCulture,
                    $"&per-page={pageSize}&cursor={Uri.EscapeDataString(cursor)}");
                var url = new Uri(Works(options), "works?" + parameters + (mailto is null ? "" : "&mailto=" + Uri.EscapeDataString(mailto)));
                var page = await client.GetAsync(url, "OpenAlex works?" + parameters, ".json", cancellationToken).ConfigureAwait(false);
                if (run.Body(page) is not { } body) return;
                var (total, next) = Meta(body);
                if (run.AddPage(OpenAlexPaperSource.Instance, body, page.FromCache, total) is not { } works)
                {
                    run.Problem(DiagnosticCodes.FetchMalformedPage, $"page {run.Pages} is not an OpenAlex works page; stopped");
                    return;
                }
                if (next is null || works == 0) return;
                cursor = next;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The option, else <c>PAPERNOTEBOOKS_OPENALEX_API</c>, else OpenAlex's API root.</summary>
    public static Uri Endpoint(FetchOptions options) => FetchRun.Endpoint(options, EndpointVariable, DefaultEndpoint);

    // The root with a final slash, so that "works" is resolved under it.
    private static Uri Works(FetchOptions options)
    {
        var root = Endpoint(options);
        return root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
    }

    /// <summary>The page's <c>meta.count</c> and <c>meta.next_cursor</c>; nulls when absent or not JSON.</summary>
    private static (int? Total, string? Next) Meta(byte[] body)
    {
        try
        {
            using var page = JsonDocument.Parse(body);
            if (!page.RootElement.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object) return (null, null);
            int? total = meta.TryGetProperty("count", out var count) && count.TryGetInt32(out int n) ? n : null;
            string? next = meta.TryGetProperty("next_cursor", out var cursor) && cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
            return (total, next);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}

/// <summary>What to ask OpenAlex for: free words (its <c>search</c>), an author's name as OpenAlex has it in the
/// works (<c>raw_author_name.search</c>), and a range of publication years.</summary>
public sealed record OpenAlexQuery(string Search)
{
    public string? Author { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }

    internal bool IsEmpty => string.IsNullOrWhiteSpace(Search) && string.IsNullOrWhiteSpace(Author) && FromYear is null && ToYear is null;

    internal string ToParameters(FetchSort sort)
    {
        var parameters = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(Search)) parameters.Append("search=").Append(Uri.EscapeDataString(Search.Trim()));
        var filters = new List<string>();
        // Commas separate OpenAlex filters, so a name keeps none.
        if (!string.IsNullOrWhiteSpace(Author)) filters.Add("raw_author_name.search:" + Author.Trim().Replace(",", " "));
        if (FromYear is not null || ToYear is not null)
            filters.Add(string.Create(CultureInfo.InvariantCulture, $"publication_year:{FromYear}-{ToYear}"));
        if (filters.Count > 0) parameters.Append(parameters.Length > 0 ? "&" : "").Append("filter=").Append(Uri.EscapeDataString(string.Join(',', filters)));
        string? order = sort switch
        {
            FetchSort.Relevance when !string.IsNullOrWhiteSpace(Search) => "relevance_score:desc",
            FetchSort.Updated => "updated_date:desc",
            FetchSort.Submitted => "publication_date:desc",
            _ => null,
        };
        if (order is not null) parameters.Append('&').Append("sort=").Append(order);
        return parameters.ToString();
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search)) parts.Add(Search.Trim());
        if (!string.IsNullOrWhiteSpace(Author)) parts.Add($"author \"{Author.Trim()}\"");
        if (FromYear is not null || ToYear is not null) parts.Add($"years {FromYear}..{ToYear}");
        return string.Join(", ", parts);
    }
}
