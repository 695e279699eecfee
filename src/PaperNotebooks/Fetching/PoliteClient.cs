using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using PaperNotebooks.Sources;
using PaperNotebooks.Text;

namespace PaperNotebooks.Fetching;

/// <summary>
/// Requests pages of one web API the way the service asks: cached responses are read rather than fetched again
/// (unless refreshing); requests to one host are spaced by at least the service's interval, measured on the options'
/// clock; 429 and 503 wait for <c>Retry-After</c> (up to a bound) and other 5xx back off, a few times; anything else
/// is one line naming the service and what went wrong.
/// </summary>
internal sealed class PoliteClient(string service, TimeSpan spacing, FetchOptions options, ResponseCache? cache)
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = DecompressionMethods.All,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    // The last request to each host, per clock: arXiv's 3 seconds hold across cells and fetches.
    private static readonly ConditionalWeakTable<TimeProvider, Dictionary<string, HostGate>> Gates = [];

    public sealed record Page(byte[]? Body, bool FromCache, SourceDiagnostic? Problem);

    /// <summary>The body at <paramref name="url"/>, or the problem that stopped it. Throws only
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> is cancelled.</summary>
    public async Task<Page> GetAsync(Uri url, string cacheKey, string extension, CancellationToken cancellation)
    {
        if (cache is not null && !options.Refresh && cache.TryGet(cacheKey, extension) is { } cached)
            return new Page(cached, FromCache: true, null);

        var gate = GateFor(url.Host);
        await gate.Lock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            for (int attempt = 0; ; attempt++)
            {
                await WaitForTurnAsync(gate, cancellation).ConfigureAwait(false);
                var (body, status, retryAfter, problem) = await SendAsync(url, cancellation).ConfigureAwait(false);
                gate.Last = options.Time.GetUtcNow();
                if (body is not null)
                {
                    SourceDiagnostic? warning = cache?.Put(cacheKey, extension, body) is { } unwritable
                        ? new SourceDiagnostic(DiagnosticCodes.FetchCacheUnwritable, DiagnosticSeverity.Warning, service, 0, unwritable)
                        : null;
                    return new Page(body, FromCache: false, warning);
                }
                if (status is null) return Failed(DiagnosticCodes.FetchUnreachable, problem!);
                bool mayPass = status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable || (int)status >= 500;
                if (!mayPass) return Failed(DiagnosticCodes.FetchRefused, problem!);
                if (attempt >= options.Retries)
                    return Failed(DiagnosticCodes.FetchGaveUp, $"{problem}; gave up after {attempt + 1} tries");
                var wait = retryAfter ?? TimeSpan.FromSeconds(1 << attempt);
                if (wait > options.MaxRetryAfter)
                    return Failed(DiagnosticCodes.FetchGaveUp, $"{problem}, and asked to wait {wait.TotalSeconds:N0} s; stopped (try again later)");
                await Task.Delay(wait, options.Time, cancellation).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    private Page Failed(string code, string message) =>
        new(null, false, new SourceDiagnostic(code, DiagnosticSeverity.Error, service, 0, message));

    private async Task WaitForTurnAsync(HostGate gate, CancellationToken cancellation)
    {
        if (gate.Last is not { } last) return;
        var wait = last + spacing - options.Time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, options.Time, cancellation).ConfigureAwait(false);
    }

    private async Task<(byte[]? Body, HttpStatusCode? Status, TimeSpan? RetryAfter, string? Problem)> SendAsync(Uri url, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("PaperNotebooks", typeof(PoliteClient).Assembly.GetName().Version?.ToString(3) ?? "1"));
            if (Mailto(options) is { } mailto) request.Headers.UserAgent.Add(new ProductInfoHeaderValue($"(mailto:{mailto})"));
            using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return (body, response.StatusCode, null, null);
            string said = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 2000)));
            string reason = $"{service} answered {(int)response.StatusCode} {response.ReasonPhrase}" +
                (said.Length > 0 && !said.TrimStart().StartsWith('<') ? $": {Excerpt.Of(said.ReplaceLineEndings(" "), 120)}" : "");
            return (null, response.StatusCode, RetryAfter(response), reason);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, null, null, $"{service} did not answer within {options.RequestTimeout.TotalSeconds:N0} s");
        }
        catch (HttpRequestException e)
        {
            return (null, null, null, $"could not reach {service}: {Excerpt.Of(e.InnerException?.Message ?? e.Message, 160)}");
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } header) return null;
        if (header.Delta is { } delta) return delta;
        if (header.Date is { } date) return date - options.Time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    /// <summary>The address for polite pools: the option, else <c>PAPERNOTEBOOKS_MAILTO</c>; null when neither.</summary>
    public static string? Mailto(FetchOptions options) =>
        options.Mailto is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable("PAPERNOTEBOOKS_MAILTO") is { Length: > 0 } set ? set : null;

    private HostGate GateFor(string host)
    {
        var gates = Gates.GetValue(options.Time, _ => []);
        lock (gates)
        {
            if (!gates.TryGetValue(host, out var gate)) gates[host] = gate = new HostGate();
            return gate;
        }
    }

    private sealed class HostGate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);
        public DateTimeOffset? Last { get; set; }
    }
}
