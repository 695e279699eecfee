using System.Diagnostics;
using PaperNotebooks.Analytics;
using PaperNotebooks.Charts;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Listing;
using PaperNotebooks.Search;
using PaperNotebooks.Sources;
using PaperNotebooks.Topics;

// Usage: LoadBench FILE [--as-of YYYY-MM-DD] [--no-index] [--keywords] [--charts] [--collect] [--read-only] [--allocations] [--gcs]
// Times, one after the other, what '#!paper load' does with a file in the kernel (the kernel runs server GC, as this
// does), then the search index builds it starts in the background, and prints the managed heap and peak working set.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: LoadBench FILE [--as-of YYYY-MM-DD] [--no-index] [--keywords] [--charts] [--collect] [--read-only] [--allocations] [--gcs]");
    return 2;
}
string path = args[0];
var options = new ListingReadOptions
{
    AsOf = args.SkipWhile(a => a != "--as-of").Skip(1).Select(DateOnly.Parse).Cast<DateOnly?>().FirstOrDefault(),
};
bool index = !args.Contains("--no-index");
var process = Process.GetCurrentProcess();
var total = Stopwatch.StartNew();

T Step<T>(string name, Func<T> work)
{
    var watch = Stopwatch.StartNew();
    var paused = GC.GetTotalPauseDuration();
    var value = work();
    process.Refresh();
    Console.WriteLine($"{name,-28} {watch.Elapsed.TotalSeconds,7:F2} s   heap {GC.GetTotalMemory(false) / 1e9,5:F2} GB   peak {process.PeakWorkingSet64 / 1e9,5:F2} GB   GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds,5:F2} s   gen2 {GC.CollectionCount(2)}   allocated {GC.GetTotalAllocatedBytes() / 1e9,5:F2} GB   gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)}");
    return value;
}

// --allocations: what the read allocates, by type (the runtime's allocation samples, one per 100 KB), and where
// (LOH: the large object heap, whose allocations can set off full collections; POH: the pinned object heap).
using var allocations = args.Contains("--allocations") ? new AllocationSamples() : null;
// --gcs: each collection during the read, its generation, kind and reason, and how long it ran.
using var collections = args.Contains("--gcs") ? new CollectionLog() : null;
var result = Step("read", () => PaperSources.ReadFiles([path], options));
var papers = result.Papers;
Console.WriteLine($"  {papers.Count:N0} papers, {result.Diagnostics.Count:N0} diagnostics");
allocations?.Report();
collections?.Report();
if (args.Contains("--read-only")) return 0;
var frame = Step("DataFrame", () => papers.ToDataFrame());
var stats = Step("statistics", () => ListingStatistics.Compute(papers));
Step("completion values", () => papers.Select(p => p.Authors.Count).Sum());
Console.WriteLine($"{"load (sum)",-28} {total.Elapsed.TotalSeconds,7:F2} s");
if (args.Contains("--collect"))
{
    Step("aggressive collection", () =>
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return 0;
    });
}
if (args.Contains("--charts"))
{
    // The notebook benchmark's steps after the load, without the kernel's rendering.
    Step("list 2024 + CL, top 20", () => new PaperNotebooks.Filtering.PaperFilter { Category = "cs.CL", Years = new(2024, 2024), Top = 20 }.Apply(papers).Count);
    Step("timeline chart", () => papers.TimelineChart());
    Step("topics chart", () => papers.TopicsChart());
    Step("topic-year heatmap", () => papers.TopicYearHeatmap());
    Step("authors chart", () => papers.AuthorsChart(20));
}
if (index)
{
    // Right after the load, as in a notebook: the first searches read the papers while the index builds behind them.
    foreach (string query in new[] { "ti:attention AND year:2020..2022", "au:smith OR abs:\"sequence parallelism\"", "attention", "graph neural" })
    {
        var found = Step($"scan: {query}", () => papers.Search(query));
        Console.WriteLine($"  {found.TotalHits:N0} hits, scanned {found.Scanned}, estimated {found.ScoresEstimated}");
    }
    Step("search index", () => { papers.PrepareSearch(); return 0; });
    Step("first query", () => papers.Search("ti:attention AND year:2020..2022").TotalHits);
    Step("abstract query", () => papers.Search("au:smith OR abs:\"sequence parallelism\"").TotalHits);
    var later = new List<double>();
    foreach (string query in new[] { "attention", "ti:transformer AND year:2023", "au:wang", "\"large language\"", "cat:LG has:code", "memory OR offload*", "abs:kernel -ti:kernel", "graph neural" })
    {
        var watch = Stopwatch.StartNew();
        papers.Search(query);
        later.Add(watch.Elapsed.TotalMilliseconds);
    }
    later.Sort();
    Console.WriteLine($"{"later queries",-28} p50 {later[later.Count / 2],6:F1} ms   max {later[^1],6:F1} ms");
    var similar = Stopwatch.StartNew();
    for (int i = 0; i < 5; i++) papers.Similar(papers[i * (papers.Count / 5)].Id);
    Console.WriteLine($"{"similar (mean of 5)",-28} {similar.Elapsed.TotalMilliseconds / 5,6:F1} ms");
}
if (args.Contains("--keywords"))
{
    var phrases = Step("key phrases", () => KeyPhrases.ForCollection(papers, 20));
    Step("key phrases by year", () => KeyPhrases.ByYear(papers, phrases.Select(p => p.Phrase)));
}
GC.KeepAlive(frame);
GC.KeepAlive(stats);
return 0;

sealed class AllocationSamples : System.Diagnostics.Tracing.EventListener
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        // The runtime's GC keyword at the verbose level carries the allocation samples.
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        object? Field(string name) => e.Payload![e.PayloadNames.IndexOf(name)];
        string type = (string)Field("TypeName")!;
        type = Convert.ToInt32(Field("AllocationKind")) switch { 1 => "LOH " + type, 2 => "POH " + type, _ => type };
        long amount = Convert.ToInt64(Field("AllocationAmount64"));
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public void Report()
    {
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(30)) Console.WriteLine($"  {bytes / 1e6,8:F1} MB  {type}");
    }
}

sealed class CollectionLog : System.Diagnostics.Tracing.EventListener
{
    private static readonly string[] Reasons = ["small alloc", "induced", "low memory", "empty", "large alloc", "out of space (SOH)",
        "out of space (LOH)", "induced not forced", "internal", "induced low memory", "induced compacting", "low memory host",
        "pm full", "low memory host blocking", "bgc tuning SOH", "bgc tuning LOH", "bgc stepping", "induced aggressive"];
    private static readonly string[] Kinds = ["blocking", "background", "foreground"];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();
    private readonly Dictionary<long, (DateTime Start, string What)> _open = [];
    private readonly DateTime _since = DateTime.UtcNow;
    private DateTime _suspended;
    private double _paused;

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Informational, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is null || e.PayloadNames is null) return;
        object? Field(string name) => e.PayloadNames.IndexOf(name) is int i and >= 0 ? e.Payload![i] : null;
        lock (_open)
        {
            if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
            {
                long count = Convert.ToInt64(Field("Count"));
                int reason = Convert.ToInt32(Field("Reason")), kind = Convert.ToInt32(Field("Type"));
                string what = $"gen{Field("Depth")} {(kind < Kinds.Length ? Kinds[kind] : kind.ToString())}, {(reason < Reasons.Length ? Reasons[reason] : reason.ToString())}";
                _open[count] = (e.TimeStamp, what);
            }
            else if (e.EventName.StartsWith("GCEnd", StringComparison.Ordinal))
            {
                long count = Convert.ToInt64(Field("Count"));
                if (_open.Remove(count, out var start))
                    _lines.Enqueue($"  at {(start.Start - _since).TotalSeconds,5:F2} s  #{count,-3} {start.What,-40} {(e.TimeStamp - start.Start).TotalMilliseconds,7:F1} ms");
            }
            else if (e.EventName.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal)) _suspended = e.TimeStamp;
            else if (e.EventName.StartsWith("GCRestartEEEnd", StringComparison.Ordinal)) _paused += (e.TimeStamp - _suspended).TotalMilliseconds;
        }
    }

    public void Report()
    {
        foreach (string line in _lines) Console.WriteLine(line);
        Console.WriteLine($"  paused {_paused:F0} ms in all");
    }
}
