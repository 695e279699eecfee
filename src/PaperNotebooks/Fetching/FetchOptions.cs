namespace PaperNotebooks.Fetching;

/// <summary>How to fetch papers from a web API (<see cref="ArxivFetcher"/>, <see cref="OpenAlexFetcher"/>).</summary>
public sealed record FetchOptions
{
    public static FetchOptions Default { get; } = new();

    /// <summary>The most papers to fetch; pages are requested until this many arrived or the service has no more.</summary>
    public int Max { get; init; } = 1000;

    /// <summary>Papers a request asks for; null for the service's most (arXiv 2,000, OpenAlex 200).</summary>
    public int? PageSize { get; init; }

    /// <summary>How papers are ordered: by relevance to the query, newest submitted first, or latest updated first.</summary>
    public FetchSort Sort { get; init; } = FetchSort.Submitted;

    /// <summary>Asks the service again rather than reading cached responses (which are then replaced).</summary>
    public bool Refresh { get; init; }

    /// <summary>Where responses are cached; null for <c>PAPERNOTEBOOKS_CACHE</c>, else <c>~/.papernotebooks/cache</c>.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>The most the cache folder may hold; the oldest responses go first. Zero turns caching off.</summary>
    public long CacheLimitBytes { get; init; } = 512L << 20;

    /// <summary>The service's address; null for the environment variable (<c>PAPERNOTEBOOKS_ARXIV_API</c>,
    /// <c>PAPERNOTEBOOKS_OPENALEX_API</c>), else the service's own.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>An e-mail address for OpenAlex's polite pool and arXiv's user agent; null for <c>PAPERNOTEBOOKS_MAILTO</c>.</summary>
    public string? Mailto { get; init; }

    /// <summary>Told after every page.</summary>
    public IProgress<FetchProgress>? Progress { get; init; }

    /// <summary>The clock that spaces requests and waits before retries (tests give a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tries of one request that failed for a reason that may pass (429, 5xx), besides the first.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The longest <c>Retry-After</c> waited for; a service asking for longer stops the fetch.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>How fetched papers are ordered.</summary>
public enum FetchSort
{
    Relevance,
    Submitted,
    Updated,
}

/// <summary>Where a fetch stands: papers fetched so far, of how many the service has (null when unknown), after which page.</summary>
public sealed record FetchProgress(string Service, int Fetched, int? Total, int Page, bool FromCache)
{
    public override string ToString() =>
        $"fetched {Fetched:N0}{(Total is { } total ? $" of {total:N0}" : "")} papers from {Service}, page {Page}{(FromCache ? " (cached)" : "")}";
}
