namespace PaperNotebooks.Topics;

/// <summary>
/// Non-negative matrix factorisation of a papers × terms TF-IDF matrix X ≈ W·H (Frobenius norm), X sparse, as
/// scikit-learn's NMF does by default: an NNDSVDa start (Boutsidis and Gallopoulos: the non-negative parts of the
/// truncated SVD's factors, zeros filled with the mean of X) and coordinate descent (Hsieh and Dhillon), W then H each
/// round, until the projected gradient is below 1e-4 of its size after the first round. The same matrix, k and seed
/// give the same factors: each row of W (each column of H) is updated on its own, sums are taken in a fixed order.
/// Each paper's topic is its largest weight in W.
/// </summary>
internal static class Nmf
{
    public sealed record Factors(double[,] W, double[,] H);

    private const double Tolerance = 1e-4;

    public static Factors Run(SparseRows x, int k, int seed, int maxIterations = 400, CancellationToken cancellation = default)
    {
        var xt = x.Transpose();
        var (w, ht) = NndsvdStart(x, xt, k, new Random(seed), cancellation);
        double first = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            // W with H fixed: minimise ‖X − W·H‖ row by row; H with W fixed: the same on Xᵀ ≈ Hᵀ·Wᵀ.
            double violation = Descend(w, ht.Gram(), x.Times(ht)) + Descend(ht, w.Gram(), xt.Times(w));
            if (iteration == 0) first = violation;
            if (first == 0 || violation / first <= Tolerance) break;
        }
        var h = new double[k, x.Columns];
        for (int j = 0; j < x.Columns; j++)
            for (int t = 0; t < k; t++) h[t, j] = ht[j, t];
        return new Factors(w.ToArray(), h);
    }

    // One round of coordinate descent on the rows of F (r × k) for ‖Y − F·Gᵀ‖², given gram = GᵀG and cross = Y·G:
    // each weight in turn moves to the minimum along its axis, kept non-negative. Returns the projected gradient's
    // size (its absolute values summed) before the moves.
    private static double Descend(DenseRows f, DenseRows gram, DenseRows cross)
    {
        var violation = new double[f.Rows];
        Parallel.For(0, f.Rows, i =>
        {
            var row = f.Row(i);
            ReadOnlySpan<double> target = cross.Row(i);
            double sum = 0;
            for (int t = 0; t < row.Length; t++)
            {
                // The Gram matrix is symmetric: its row t is its column t.
                ReadOnlySpan<double> g = gram.Row(t);
                double gradient = -target[t];
                for (int r = 0; r < row.Length; r++) gradient += row[r] * g[r];
                sum += Math.Abs(row[t] == 0 ? Math.Min(0, gradient) : gradient);
                if (g[t] != 0) row[t] = Math.Max(row[t] - gradient / g[t], 0);
            }
            violation[i] = sum;
        });
        double total = 0;
        foreach (double v in violation) total += v;
        return total;
    }

    // W (n × k) and Hᵀ (m × k) from the SVD: each component's larger non-negative part (of u and v together), scaled
    // to carry its singular value; what stays zero gets the mean of X, so that coordinate descent can move it.
    private static (DenseRows W, DenseRows Ht) NndsvdStart(SparseRows x, SparseRows xt, int k, Random random, CancellationToken cancellation)
    {
        int n = x.Rows, m = x.Columns;
        var svd = TruncatedSvd.Of(x, xt, k, random, cancellation);
        var w = new DenseRows(n, k);
        var ht = new DenseRows(m, k);
        for (int t = 0; t < svd.S.Length; t++)
        {
            if (t == 0)
            {
                // The first singular vectors of a non-negative matrix have one sign.
                double root = Math.Sqrt(svd.S[0]);
                for (int i = 0; i < n; i++) w[i, 0] = root * Math.Abs(svd.U[i, 0]);
                for (int j = 0; j < m; j++) ht[j, 0] = root * Math.Abs(svd.V[0, j]);
                continue;
            }
            double uPlus = 0, uMinus = 0, vPlus = 0, vMinus = 0;
            for (int i = 0; i < n; i++)
            {
                double u = svd.U[i, t];
                if (u > 0) uPlus += u * u; else uMinus += u * u;
            }
            for (int j = 0; j < m; j++)
            {
                double v = svd.V[t, j];
                if (v > 0) vPlus += v * v; else vMinus += v * v;
            }
            double plus = Math.Sqrt(uPlus) * Math.Sqrt(vPlus), minus = Math.Sqrt(uMinus) * Math.Sqrt(vMinus);
            double sign = plus > minus ? 1 : -1;
            double size = Math.Max(plus, minus);
            if (size <= 0) continue;
            double lambda = Math.Sqrt(svd.S[t] * size);
            double uNorm = Math.Sqrt(sign > 0 ? uPlus : uMinus), vNorm = Math.Sqrt(sign > 0 ? vPlus : vMinus);
            for (int i = 0; i < n; i++) w[i, t] = lambda * Math.Max(0, sign * svd.U[i, t]) / uNorm;
            for (int j = 0; j < m; j++) ht[j, t] = lambda * Math.Max(0, sign * svd.V[t, j]) / vNorm;
        }
        double mean = 0;
        foreach (double v in x.Values) mean += v;
        mean /= Math.Max(1.0, (double)n * m);
        FillSmall(w, mean);
        FillSmall(ht, mean);
        return (w, ht);
    }

    private static void FillSmall(DenseRows a, double mean)
    {
        var values = a.Values;
        for (int i = 0; i < values.Length; i++)
            if (values[i] < 1e-6) values[i] = mean;
    }
}
