using System.Globalization;
using PaperNotebooks.Analytics;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// One set loaded by <c>#!paper load</c> and what is derived from it, each part computed once and only when first
/// asked for: the summary the load shows, the statistics (with the top authors: the author table, counted once per
/// collection, is the authors chart's too), the values completion offers, and (through the collection, so that C#'s
/// <c>papers.Search(...)</c> shares it) the search indexes, which <see cref="StartIndexing"/> builds in the background
/// right after the load; a search that comes first waits for that build rather than starting a second. The load's cell
/// ends once the papers are read and summarised. <see cref="Release"/> disposes the index when a reload replaces the set.
/// </summary>
internal sealed class LoadedPapers
{
    private readonly Lazy<ListingStatistics> _summary;
    private readonly Lazy<ListingStatistics> _statistics;
    private readonly Lazy<CompletionValues> _values;
    private Task _indexing = Task.CompletedTask;

    /// <param name="summary">The papers' <see cref="SummaryOf"/>, when it was worked out already; null to work it out when asked.</param>
    public LoadedPapers(string name, PaperCollection papers, string source, ListingStatistics? summary = null)
    {
        (Name, Papers, Source) = (name, papers, source);
        _summary = summary is not null ? new(summary) : new(() => SummaryOf(papers));
        _statistics = new(() => Summary.WithTopAuthors(papers));
        _values = new(() => CompletionValues.Of(papers));
    }

    /// <summary>The summary a load shows: the statistics without authors.</summary>
    public static ListingStatistics SummaryOf(PaperCollection papers) => ListingStatistics.Compute(papers, topAuthors: 0);

    /// <summary>The C# variable that holds the papers.</summary>
    public string Name { get; }

    public PaperCollection Papers { get; }

    /// <summary>The listing file read.</summary>
    public string Source { get; }

    /// <summary>The statistics without their top authors: what the load reports, in a fraction of the time.</summary>
    public ListingStatistics Summary => _summary.Value;

    public ListingStatistics Statistics => _statistics.Value;

    public CompletionValues Values => _values.Value;

    /// <summary>Builds the search index in the background, on threads of its own (a thread-pool thread held for the
    /// build stalled the kernel's next cell); it waits while a directive runs (<see cref="ForegroundWork"/>). Nothing
    /// else is built ahead: work started in the background takes the cores from the next cells.</summary>
    public void StartIndexing() => _indexing = Papers.PrepareSearchInBackground();

    /// <summary>The background build of the search index (a completed task before <see cref="StartIndexing"/>).</summary>
    internal Task Indexing => _indexing;

    /// <summary>Disposes the search index, after the background build if it is still running. The papers stay usable:
    /// C# code holding them rebuilds the index on its next search.</summary>
    public void Release() => _indexing.ContinueWith(_ => Papers.ReleaseDerivedState(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>The distinct categories, authors, years and ids of the set, for completion.</summary>
    internal sealed record CompletionValues(string[] Categories, string[] Authors, string[] Years, string[] Ids)
    {
        public static CompletionValues Of(PaperCollection papers) => new(
            papers.Select(p => p.Category).Distinct(StringComparer.Ordinal).ToArray(),
            papers.SelectMany(p => p.Authors).Distinct(Offered.AuthorComparer.Instance).ToArray(),
            papers.Select(p => p.Published.Year.ToString(CultureInfo.InvariantCulture)).Distinct().ToArray(),
            papers.Select(p => p.Id).ToArray());
    }
}
