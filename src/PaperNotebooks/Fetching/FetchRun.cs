using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Fetching;

/// <summary>
/// What one fetch gathers page by page: the papers (a paper on two pages kept once), the diagnostics, the progress
/// told after each page; and what it gives: a result like a reader's, whatever stopped it (the end, the most asked
/// for, an error, a cancellation), with the papers that arrived.
/// </summary>
internal sealed class FetchRun(string service, string query, FetchOptions options)
{
    private readonly List<Paper> _papers = [];
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SourceDiagnostic> _diagnostics = [];

    /// <summary>What papers and diagnostics from this fetch are said to come from: <c>arXiv: cat:cs.DC</c>.</summary>
    public string Source { get; } = $"{service}: {query}";

    public int Count => _papers.Count;

    public int Pages { get; private set; }

    public bool IsFull => _papers.Count >= options.Max;

    /// <summary>Reads one page's body with <paramref name="reader"/>: how many papers the page held (some may be on an
    /// earlier page too), or null when the page was not what the service sends.</summary>
    public int? AddPage(IPaperSource reader, byte[] body, bool fromCache, int? total)
    {
        Pages++;
        var sink = new PaperListSink();
        string pageSource = $"{Source} (page {Pages})";
        var found = PaperSources.Read(reader, body, new SourceContext(pageSource, ListingReadOptions.Default), sink);
        foreach (var paper in sink.Papers)
        {
            if (IsFull) break;
            string key = paper.ArxivId is { } arxiv ? "a:" + arxiv : paper.Doi is { } doi ? "d:" + doi : "i:" + paper.Url + paper.Title;
            if (_seen.Add(key)) _papers.Add(paper with { Source = Source });
        }
        bool malformed = false;
        foreach (var diagnostic in found.Kept)
        {
            _diagnostics.Add(diagnostic);
            malformed |= diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Line <= 1 && !sink.Papers.Any();
        }
        options.Progress?.Report(new FetchProgress(service, _papers.Count, total is { } t ? Math.Min(t, options.Max) : null, Pages, fromCache));
        return malformed ? null : sink.Papers.Count();
    }

    public void Add(SourceDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>A page's body, or null when none came: its problem is then recorded and the fetch stops.</summary>
    public byte[]? Body(PoliteClient.Page page)
    {
        if (page.Problem is { } problem)
        {
            if (page.Body is null)
            {
                Problem(problem.Code, problem.Message);
                return null;
            }
            Add(problem);
        }
        return page.Body;
    }

    /// <summary>Runs the page loop; a cancellation ends it like any other stop, keeping what arrived.</summary>
    public async Task<ListingParseResult> RunAsync(Func<Task> pages, CancellationToken cancellation)
    {
        try
        {
            await pages().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Cancelled();
        }
        return ToResult();
    }

    /// <summary>The option, else the environment variable, else the service's own address.</summary>
    public static Uri Endpoint(FetchOptions options, string variable, Uri service) =>
        options.Endpoint
        ?? (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set && Uri.TryCreate(set, UriKind.Absolute, out var uri) ? uri : null)
        ?? service;

    public void Problem(string code, string message) =>
        _diagnostics.Add(new SourceDiagnostic(code, DiagnosticSeverity.Error, Source, 0, message + Kept));

    public void Cancelled() =>
        _diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.FetchCancelled, DiagnosticSeverity.Warning, Source, 0, "the fetch was cancelled" + Kept));

    private string Kept => _papers.Count == 0 ? "" : $"; the {_papers.Count:N0} papers fetched before are kept";

    public ListingParseResult ToResult() =>
        new(new PaperCollection(PaperKey.WithUniqueIds(_papers, _papers.Count), Source), _diagnostics);
}
