namespace PaperNotebooks.Topics;

/// <summary>
/// <c>--k auto</c>: clusters the papers for each k of a range and keeps the k whose clusters are best separated by
/// the mean silhouette (how much nearer each paper is to its own cluster than to the next), computed on an even
/// sample of at most 1,000 papers. Says which k it chose and why, in one line.
/// </summary>
internal static class TopicCount
{
    private const int SampleSize = 1000;

    public static (int K, string How) Choose(int n, Func<int, int[]> cluster, Func<int, int, double> distance, IProgress<TopicProgress>? progress, CancellationToken cancellation)
    {
        int kMax = Math.Clamp((int)Math.Round(Math.Sqrt(n / 2.0)), 2, 30);
        int kMin = Math.Min(kMax, n >= 100 ? 5 : 2);
        int step = Math.Max(1, (kMax - kMin + 11) / 12);
        var sample = Enumerable.Range(0, Math.Min(n, SampleSize)).Select(i => (int)((long)i * n / Math.Min(n, SampleSize))).ToArray();
        int s = sample.Length;
        var d = new double[s, s];
        Parallel.For(0, s, a =>
        {
            for (int b = a + 1; b < s; b++) d[a, b] = distance(sample[a], sample[b]);
        });
        for (int a = 0; a < s; a++) for (int b = 0; b < a; b++) d[a, b] = d[b, a];

        int bestK = kMin;
        double bestScore = double.NegativeInfinity;
        var candidates = new List<int>();
        for (int k = kMin; k <= kMax; k += step) candidates.Add(k);
        for (int c = 0; c < candidates.Count; c++)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(new TopicProgress("choosing k", c, candidates.Count));
            int k = candidates[c];
            var assignment = cluster(k);
            double score = Silhouette(sample.Select(i => assignment[i]).ToArray(), d, k);
            if (score > bestScore)
            {
                bestScore = score;
                bestK = k;
            }
        }
        string range = candidates.Count == 1 ? $"k = {kMin}" : $"k = {kMin}..{kMax}" + (step > 1 ? $" by {step}" : "");
        return (bestK, $"k = {bestK} chosen automatically: the best mean silhouette ({bestScore:F3}) of {range}, on {s:N0} papers.");
    }

    private static double Silhouette(int[] labels, double[,] d, int k)
    {
        int s = labels.Length;
        var sizes = new int[k];
        foreach (int l in labels) sizes[l]++;
        double total = 0;
        var sums = new double[k];
        for (int a = 0; a < s; a++)
        {
            Array.Clear(sums);
            for (int b = 0; b < s; b++) if (b != a) sums[labels[b]] += d[a, b];
            int own = labels[a];
            if (sizes[own] <= 1) continue;
            double inside = sums[own] / (sizes[own] - 1);
            double nearest = double.MaxValue;
            for (int c = 0; c < k; c++) if (c != own && sizes[c] > 0) nearest = Math.Min(nearest, sums[c] / sizes[c]);
            if (nearest == double.MaxValue) continue;
            double max = Math.Max(inside, nearest);
            if (max > 0) total += (nearest - inside) / max;
        }
        return total / s;
    }
}
