using System.Runtime.CompilerServices;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// Answers a query by reading the papers, for the seconds after a load while the search index is still being built.
/// The same language, errors and hits as the index, ranked by the same BM25.
/// </summary>
/// <remarks>
/// Two passes over the papers, on every core. The first puts each paper to quick tests (<see cref="WordProbes"/>: could
/// its title hold <c>attention</c>?) and counts, per term, the papers that may hold it; a sample of those (all of them
/// up to <see cref="SampledCandidates"/>) is analyzed to count the papers that do, which gives each term's document
/// frequency. The second analyzes only the papers the tests leave possible, and scores the matches. Field lengths are
/// the index's (one byte each); the average lengths are counted over a sample (<see cref="AverageLengths"/>). So on a
/// few thousand papers the scores are the index's, and on a million they are within a hair of them.
/// </remarks>
internal static class ScanSearch
{
    /// <summary>Up to this many papers that may hold a term are all analyzed to count it; beyond, this many evenly spread.</summary>
    public const int SampledCandidates = 2_000;

    /// <summary>Papers per unit of work: small enough that a few thousand papers still spread over every core.</summary>
    private static int ChunkFor(int count) => Math.Clamp(count / (Environment.ProcessorCount * 8), 64, 4_096);

    /// <summary>The answer, or null when the query has a shape only the index answers.</summary>
    public static SearchResult? TryRun(PaperCollection papers, string query, int top)
    {
        var compiled = CompiledQuery.Compile(papers, query, top, out var failed);
        if (compiled is null) return failed;
        var plan = ScanPlan.Of(compiled.Query);
        if (plan is null) return null;
        // The index being built in the background waits: the reader of this search has the machine.
        using var pause = BackgroundPriority.Pause();

        int count = papers.Count, words = Math.Max(1, (plan.Flags + 63) / 64);
        var flags = new ulong[(long)count * words];
        var counts = Test(papers, plan, flags, words);
        bool estimated = !AverageLengths.Of(papers).Exact;
        foreach (var term in plan.Terms)
            estimated |= !Count(papers, plan, term, flags, words, counts[term.Flag]);

        var norms = new Dictionary<TextField, float[]>();
        plan.Root.Weigh(new ScanWeights(count, field =>
        {
            if (!norms.TryGetValue(field, out var known))
                norms[field] = known = Bm25.Instance.LengthNorms(AverageLengths.Of(papers).Of(field));
            return known;
        }));

        var (best, total) = Match(papers, plan, flags, words, top);
        var highlighter = compiled.Highlighter();
        var hits = best.Select(hit => new SearchHit(papers[hit.Doc], hit.Score, highlighter)).ToList();
        return new SearchResult { Query = compiled.Text, Hits = hits, TotalHits = total, Scanned = true, ScoresEstimated = estimated };
    }

    /// <summary>The first pass: each paper's flags (quick tests and keywords), and how many papers have each flag.</summary>
    private static long[] Test(PaperCollection papers, ScanPlan plan, ulong[] flags, int words)
    {
        var counts = new long[plan.Flags];
        var keywords = plan.Terms.Where(t => t.Text is null).ToArray();
        var probes = plan.Probes.OfType<WordProbes>().ToArray();
        // The titles side by side, when the set was read with them: a title is read there, not from its paper.
        var titles = LowerCaseTitles.Of(papers);
        ForChunks(papers.Count,
            () => (Paper: new ScannedPaper(plan), Scratch: new ScanScratch(), Counts: new long[plan.Flags]),
            [MethodImpl(MethodImplOptions.AggressiveOptimization)] (state, start, end) =>
            {
                var paper = state.Paper;
                for (int i = start; i < end; i++)
                {
                    var flag = paper.Flags;
                    Array.Clear(flag);
                    var held = papers[i];
                    foreach (var probe in probes)
                    {
                        if (probe.Field == TextField.Title && titles is not null && titles.TryGet(papers.RowAt(i), out var title))
                            probe.TestLowerCase(title, flag);
                        else
                            probe.Test(held, flag, state.Scratch);
                    }
                    foreach (var keyword in keywords)
                        flag[keyword.Flag] = ScanField.HasKeyword(held, keyword.Field, keyword.Term, prefix: false, paper.Categories);
                    long at = (long)i * words;
                    for (int f = 0; f < flag.Length; f++)
                    {
                        if (!flag[f]) continue;
                        flags[at + f / 64] |= 1UL << (f % 64);
                        state.Counts[f]++;
                    }
                }
                return state;
            },
            state =>
            {
                lock (counts)
                    for (int f = 0; f < counts.Length; f++) counts[f] += state.Counts[f];
            });
        return counts;
    }

    /// <summary>Sets the term's document frequency from the papers flagged as maybe holding it: all of them analyzed, or
    /// an even sample; false when it was estimated.</summary>
    private static bool Count(PaperCollection papers, ScanPlan plan, TermStatistic term, ulong[] flags, int words, long flagged)
    {
        if (term.Text is not { } field)
        {
            term.DocumentFrequency = flagged;
            return true;
        }
        long stride = Math.Max(1, (flagged + SampledCandidates - 1) / SampledCandidates);
        var sample = new List<int>((int)Math.Min(flagged, SampledCandidates + 1));
        long seen = 0;
        int word = term.Flag / 64;
        ulong bit = 1UL << (term.Flag % 64);
        for (int i = 0; i < papers.Count; i++)
        {
            if ((flags[(long)i * words + word] & bit) != 0 && seen++ % stride == 0) sample.Add(i);
        }
        long holding = 0;
        Parallel.For(0, sample.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => (Words: new FieldWords(plan.Words[(int)field]!), Found: 0L),
            (k, _, local) =>
            {
                local.Words.Read(papers[sample[k]]);
                if (local.Words.Positions(term.WordSlot).Count > 0) local.Found++;
                return local;
            },
            local => Interlocked.Add(ref holding, local.Found));
        bool exact = stride == 1;
        term.DocumentFrequency = exact || sample.Count == 0 ? holding : (long)Math.Round((double)holding * flagged / sample.Count);
        // A term the sample missed is still in some paper: it was flagged.
        if (!exact && term.DocumentFrequency == 0 && flagged > 0) term.DocumentFrequency = 1;
        return exact;
    }

    /// <summary>The second pass: the papers the query matches, their number and the best <paramref name="top"/>.</summary>
    private static (List<(float Score, int Doc)> Best, int Total) Match(PaperCollection papers, ScanPlan plan, ulong[] flags, int words, int top)
    {
        var best = new List<(float Score, int Doc)>();
        int total = 0;
        ForChunks(papers.Count,
            () => (Paper: new ScannedPaper(plan), Best: new PriorityQueue<int, (float Score, int Doc)>(WorstFirst.Instance), Total: 0),
            [MethodImpl(MethodImplOptions.AggressiveOptimization)] (state, start, end) =>
            {
                var paper = state.Paper;
                int matched = 0;
                for (int i = start; i < end; i++)
                {
                    var flag = paper.Flags;
                    long at = (long)i * words;
                    for (int f = 0; f < flag.Length; f++) flag[f] = (flags[at + f / 64] & (1UL << (f % 64))) != 0;
                    paper.Reset(papers[i], i);
                    if (!plan.Root.MayMatch(paper) || !plan.Root.Matches(paper, out float score)) continue;
                    matched++;
                    if (state.Best.Count < top) state.Best.Enqueue(i, (score, i));
                    else if (WorstFirst.Instance.Compare((score, i), PeekPriority(state.Best)) > 0) state.Best.DequeueEnqueue(i, (score, i));
                }
                return state with { Total = state.Total + matched };
            },
            state =>
            {
                lock (best)
                {
                    total += state.Total;
                    while (state.Best.TryDequeue(out int doc, out var priority)) best.Add(priority);
                }
            });
        best.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        if (best.Count > top) best.RemoveRange(top, best.Count - top);
        return (best, total);
    }

    private static (float Score, int Doc) PeekPriority(PriorityQueue<int, (float Score, int Doc)> queue) =>
        queue.TryPeek(out _, out var priority) ? priority : default;

    /// <summary>Runs <paramref name="body"/> over the papers in chunks on every core, one state per thread.</summary>
    private static void ForChunks<TState>(int count, Func<TState> init, Func<TState, int, int, TState> body, Action<TState> done)
    {
        int chunk = ChunkFor(count), chunks = (count + chunk - 1) / chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            init,
            (k, _, state) => body(state, k * chunk, (int)Math.Min((long)(k + 1) * chunk, count)),
            done);
    }

    /// <summary>Lower scores first, and of equal scores the later paper: the one a full list would drop first.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
