namespace PaperNotebooks.Topics;

/// <summary>
/// Non-negative matrix factorisation of a papers × terms TF-IDF matrix X ≈ W·H (Frobenius norm, multiplicative
/// updates of Lee and Seung), X sparse. H starts from spherical k-means centres of the rows, W from X·Hᵀ, so the
/// same matrix, k and seed give the same factors. Each paper's topic is its largest weight in W.
/// </summary>
internal static class Nmf
{
    public sealed record Factors(double[,] W, double[,] H);

    public static Factors Run(SparseRows x, int k, int seed, int maxIterations = 300, CancellationToken cancellation = default)
    {
        int n = x.Rows, m = x.Columns;
        var h = InitialTopics(x, k, new Random(seed), cancellation);
        double mean = 0;
        for (int i = 0; i < x.Values.Length; i++) mean += x.Values[i];
        mean /= Math.Max(1.0, (double)n * m);
        for (int t = 0; t < k; t++)
            for (int j = 0; j < m; j++) h[t, j] += mean * 0.01;
        var w = new double[n, k];
        MultiplyXHt(x, h, w);
        for (int i = 0; i < n; i++)
            for (int t = 0; t < k; t++) w[i, t] = Math.Max(w[i, t], 1e-6);

        const double Epsilon = 1e-10;
        var wtx = new double[k, m];
        var wtw = new double[k, k];
        var xht = new double[n, k];
        var hht = new double[k, k];
        double previous = double.MaxValue;
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            // H ← H ∘ (WᵀX) / (WᵀW H)
            Array.Clear(wtx);
            for (int i = 0; i < n; i++)
                for (int e = x.RowStart[i]; e < x.RowStart[i + 1]; e++)
                {
                    int j = x.Columns_[e];
                    double v = x.Values[e];
                    for (int t = 0; t < k; t++) wtx[t, j] += w[i, t] * v;
                }
            Gram(w, wtw, byColumns: true);
            Parallel.For(0, m, j =>
            {
                for (int t = 0; t < k; t++)
                {
                    double denominator = 0;
                    for (int s = 0; s < k; s++) denominator += wtw[t, s] * h[s, j];
                    h[t, j] *= wtx[t, j] / (denominator + Epsilon);
                }
            });
            // W ← W ∘ (X Hᵀ) / (W H Hᵀ)
            MultiplyXHt(x, h, xht);
            Gram(h, hht, byColumns: false);
            Parallel.For(0, n, i =>
            {
                for (int t = 0; t < k; t++)
                {
                    double denominator = 0;
                    for (int s = 0; s < k; s++) denominator += w[i, s] * hht[s, t];
                    w[i, t] *= xht[i, t] / (denominator + Epsilon);
                }
            });
            if (iteration % 10 == 9)
            {
                // ‖X − WH‖² = ‖X‖² − 2·tr(Wᵀ X Hᵀ) + tr(WᵀW HHᵀ), without forming WH.
                double error = x.SquaredNorm;
                for (int i = 0; i < n; i++) for (int t = 0; t < k; t++) error -= 2 * w[i, t] * xht[i, t];
                Gram(w, wtw, byColumns: true);
                for (int t = 0; t < k; t++) for (int s = 0; s < k; s++) error += wtw[t, s] * hht[s, t];
                if (previous - error < 1e-4 * Math.Max(previous, 1e-12) && iteration > 30) break;
                previous = error;
            }
        }
        return new Factors(w, h);
    }

    // H starts as the centres of a few rounds of spherical k-means on the rows (seeded k-means++): NMF from there
    // finds topics as distinct as scikit-learn's NNDSVD start does, without an SVD.
    private static double[,] InitialTopics(SparseRows x, int k, Random random, CancellationToken cancellation)
    {
        int n = x.Rows, m = x.Columns;
        var centres = new double[k, m];
        var seeds = SeedPicking.KMeansPlusPlus(n, k, (a, b) => Math.Max(0, 2 - 2 * x.Dot(a, b)), random);
        for (int t = 0; t < k; t++)
            for (int e = x.RowStart[seeds[t]]; e < x.RowStart[seeds[t] + 1]; e++) centres[t, x.Columns_[e]] = x.Values[e];
        var assignment = new int[n];
        for (int round = 0; round < 15; round++)
        {
            cancellation.ThrowIfCancellationRequested();
            Parallel.For(0, n, i =>
            {
                int best = 0;
                double bestDot = double.NegativeInfinity;
                for (int t = 0; t < k; t++)
                {
                    double dot = 0;
                    for (int e = x.RowStart[i]; e < x.RowStart[i + 1]; e++) dot += x.Values[e] * centres[t, x.Columns_[e]];
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = t;
                    }
                }
                assignment[i] = best;
            });
            var sums = new double[k, m];
            var sizes = new int[k];
            for (int i = 0; i < n; i++)
            {
                sizes[assignment[i]]++;
                for (int e = x.RowStart[i]; e < x.RowStart[i + 1]; e++) sums[assignment[i], x.Columns_[e]] += x.Values[e];
            }
            for (int t = 0; t < k; t++)
            {
                if (sizes[t] == 0)
                {
                    for (int j = 0; j < m; j++) sums[t, j] = centres[t, j];
                    continue;
                }
                double norm = 0;
                for (int j = 0; j < m; j++) norm += sums[t, j] * sums[t, j];
                norm = Math.Sqrt(norm);
                for (int j = 0; j < m; j++) sums[t, j] = norm > 0 ? sums[t, j] / norm : 0;
            }
            centres = sums;
        }
        return centres;
    }

    private static void MultiplyXHt(SparseRows x, double[,] h, double[,] into)
    {
        int k = h.GetLength(0);
        Parallel.For(0, x.Rows, i =>
        {
            for (int t = 0; t < k; t++)
            {
                double sum = 0;
                for (int e = x.RowStart[i]; e < x.RowStart[i + 1]; e++) sum += x.Values[e] * h[t, x.Columns_[e]];
                into[i, t] = sum;
            }
        });
    }

    // AᵀA of an n×k matrix (byColumns) or A·Aᵀ of a k×m one.
    private static void Gram(double[,] a, double[,] into, bool byColumns)
    {
        int k = into.GetLength(0);
        int length = byColumns ? a.GetLength(0) : a.GetLength(1);
        for (int t = 0; t < k; t++)
            for (int s = t; s < k; s++)
            {
                double sum = 0;
                for (int r = 0; r < length; r++) sum += byColumns ? a[r, t] * a[r, s] : a[t, r] * a[s, r];
                into[t, s] = into[s, t] = sum;
            }
    }
}
