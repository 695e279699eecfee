// Times the search index on a synthetic listing, as issue 5 asks: index build (target 10 s or less for
// 100,000 papers), the median time of each query form (target under 20 ms, highlighting of the top 20
// included), similar papers and key phrases, with the managed heap and the peak working set.
//
//   dotnet run -c Release --project bench/PaperNotebooks.Bench -- generate --papers 100000 --out bench/data/papers-100k.txt
//   dotnet run -c Release --project bench/PaperNotebooks.SearchBench -- bench/data/papers-100k.txt [--runs 30] [--as-of 2026-09-30]
//
// A plain timing program rather than BenchmarkDotNet: one index build of several seconds is the thing measured,
// and each query form is timed over warm runs after the build, the way a notebook session uses them.
using System.Diagnostics;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Topics;

string path = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "bench/data/papers-100k.txt";
int runs = int.Parse(Option("--runs") ?? "30");
var asOf = DateOnly.Parse(Option("--as-of") ?? "2026-09-30");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"no listing at {path}; make one with: dotnet run -c Release --project bench/PaperNotebooks.Bench -- generate --papers 100000 --out {path}");
    return 2;
}

var clock = Stopwatch.StartNew();
var papers = PaperListingReader.ReadFile(path, new ListingReadOptions { AsOf = asOf }).Papers;
Console.WriteLine($"listing      {papers.Count:N0} papers from {path} read in {clock.Elapsed.TotalSeconds:N2} s");
long heapBefore = Heap();

clock.Restart();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var pauseBefore = GC.GetTotalPauseDuration();
int gen2Before = GC.CollectionCount(2);
using var index = PaperSearchIndex.Build(papers);
double buildSeconds = clock.Elapsed.TotalSeconds;
double buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
long heapAfter = Heap();
Console.WriteLine($"index build  {buildSeconds:N2} s wall, {buildCpu:N2} s CPU on {Environment.ProcessorCount} cores (target <= 10 s); " +
    $"index heap {Mb(heapAfter - heapBefore)} MB; GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:N2} s, " +
    $"{GC.CollectionCount(2) - gen2Before} gen2; load average {LoadAverage()}");
Console.WriteLine();

// Values that exist in any synthetic listing, taken from the listing itself.
var sample = papers[papers.Count / 2];
string author = sample.Authors.First(a => a.Contains(' '));
string affiliation = papers.First(p => p.Affiliations.Count > 0).Affiliations[0];
string compound = papers.Select(p => p.Title.Split(':')[0]).First(name => name.Skip(1).Any(char.IsUpper) && name.Any(char.IsLower) && !name.Contains(' '));
string part = new string(compound.TakeWhile((c, i) => i == 0 || !char.IsUpper(c)).ToArray()).ToLowerInvariant();

var forms = new (string Form, string Query)[]
{
    ("free word", "quantization"),
    ("free words (AND)", "speculative decoding"),
    ("compound part", part),
    ("ti:", "ti:attention"),
    ("au: phrase", $"au:\"{author}\""),
    ("abs: phrase", "abs:\"tail latency\""),
    ("cat:", "cat:LG"),
    ("aff:", $"aff:{affiliation}"),
    ("id:", $"id:{sample.Id}"),
    ("year:", "year:2024"),
    ("year: range", "year:2021..2024"),
    ("has:code", "has:code"),
    ("\"phrase\"", "\"sequence length\""),
    ("prefix*", "quant*"),
    ("AND OR NOT ()", "(quantization OR pruning) AND year:2024 NOT cat:CV"),
    ("-term", "decoding -speculative"),
    ("mixed", $"au:\"{author}\" AND year:2019..2026 has:code OR ti:\"mixture of experts\""),
};

// "ranked": parse, run and rank, the top 20 papers in hand. "+ highlights": the same, then the title, snippet and
// authors with their matches for all 20 hits, as a notebook shows them (highlights are made when first read).
Console.WriteLine($"{"query form",-16} {"ranked median",13} {"p90",6} {"+ highlights median",20} {"p90",6} {"hits",8}  query");
foreach (var (form, query) in forms)
{
    var first = index.Search(query);
    if (!first.Succeeded) throw new InvalidOperationException($"{query}: {first.Error}");
    var (median, p90) = Time(() => index.Search(query));
    var (shownMedian, shownP90) = Time(() => Show(index.Search(query)));
    Console.WriteLine($"{form,-16} {median,13:N2} {p90,6:N2} {shownMedian,20:N2} {shownP90,6:N2} {first.TotalHits,8:N0}  {query}");
}

var similar = index.Similar(sample.Id);
var (similarMedian, similarP90) = Time(() => index.Similar(sample.Id));
Console.WriteLine($"{"similar",-16} {similarMedian,10:N2} {similarP90,8:N2} {similar.Similar.Count,8:N0}  Similar(\"{sample.Id}\")");
Console.WriteLine();

clock.Restart();
var topics = KeyPhrases.ForCollection(papers, 20);
Console.WriteLine($"key phrases  ForCollection (first call, builds phrase statistics) {clock.Elapsed.TotalSeconds:N2} s: {string.Join(", ", topics.Take(8))}");
var (topicsMedian, _) = Time(() => KeyPhrases.ForCollection(papers, 20), Math.Min(runs, 5));
Console.WriteLine($"key phrases  ForCollection again {topicsMedian:N1} ms");
clock.Restart();
var trend = KeyPhrases.ByYear(papers, topics.Select(t => t.Phrase));
Console.WriteLine($"key phrases  ByYear of the top 20 over {trend.Years.Count} years {clock.Elapsed.TotalSeconds:N2} s");
var (paperMedian, _) = Time(() => KeyPhrases.ForPaper(papers, sample.Id));
Console.WriteLine($"key phrases  ForPaper {paperMedian:N2} ms: {string.Join(", ", KeyPhrases.ForPaper(papers, sample.Id, 5))}");
Console.WriteLine();

GC.KeepAlive(index);
Console.WriteLine($"memory       managed heap now {Mb(Heap())} MB (papers + index + phrase statistics); " +
    $"peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB");
return 0;

(double Median, double P90) Time(Action action, int? count = null)
{
    int n = count ?? runs;
    for (int i = 0; i < 3; i++) action();
    var times = new double[n];
    for (int i = 0; i < n; i++)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(times);
    return (times[n / 2], times[Math.Min(n - 1, (int)Math.Ceiling(n * 0.9) - 1)]);
}

static int Show(SearchResult result) =>
    result.Hits.Sum(hit => hit.Title.Matches.Count + hit.Snippet.Matches.Count + hit.Authors.Matches.Count);

string? Option(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

// Other builds share this machine; the one-minute load average says how much.
static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static long Heap() => GC.GetTotalMemory(forceFullCollection: true);

static string Mb(long bytes) => (bytes / 1e6).ToString("N0");
