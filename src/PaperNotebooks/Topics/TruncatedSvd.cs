namespace PaperNotebooks.Topics;

/// <summary>
/// The k largest singular values and vectors of a sparse matrix X ≈ U·diag(S)·V, by the randomized range finder of
/// Halko, Martinsson and Tropp (as scikit-learn's <c>randomized_svd</c>): X times a seeded Gaussian block of k + 10
/// columns, a few power iterations, each step orthonormalised, then the exact decomposition of the small projected
/// matrix. The same matrix, k and seed give the same factors: every product is computed per row or per column in a
/// fixed order.
/// </summary>
internal static class TruncatedSvd
{
    /// <summary>U (n × k), the singular values S (largest first) and V (k × m).</summary>
    public sealed record Factors(DenseRows U, double[] S, DenseRows V);

    private const int Oversampling = 10;

    /// <param name="xt">X's transpose (<see cref="SparseRows.Transpose"/>), which the caller may have at hand.</param>
    public static Factors Of(SparseRows x, SparseRows xt, int k, Random random, CancellationToken cancellation = default)
    {
        int n = x.Rows, m = x.Columns;
        int l = Math.Min(k + Oversampling, Math.Min(n, m));
        // As scikit-learn: more power iterations when k is a small part of the matrix's rank, where they matter.
        int powerIterations = k < 0.1 * Math.Min(n, m) ? 7 : 4;

        var omega = new DenseRows(m, l);
        for (int i = 0; i < omega.Values.Length; i++) omega.Values[i] = Gaussian(random);
        var q = Orthonormal(x.Times(omega));
        for (int p = 0; p < powerIterations; p++)
        {
            cancellation.ThrowIfCancellationRequested();
            q = Orthonormal(x.Times(Orthonormal(xt.Times(q))));
        }

        // B = Qᵀ X (l × m), held as Bᵀ = Xᵀ Q; B Bᵀ = Ub Λ Ubᵀ gives U = Q Ub, S = √Λ, V = Ubᵀ B / S.
        var bt = xt.Times(q);
        var (values, vectors) = SymmetricEigen(bt.Gram().ToArray());
        int kept = Math.Min(k, l);
        var ub = new DenseRows(l, kept);
        var s = new double[kept];
        for (int t = 0; t < kept; t++)
        {
            s[t] = Math.Sqrt(Math.Max(0, values[t]));
            for (int r = 0; r < l; r++) ub[r, t] = vectors[r, t];
        }
        var u = q.Times(ub);
        var vt = bt.Times(ub); // m × kept: Bᵀ Ub, columns still to divide by S
        var v = new DenseRows(kept, m);
        for (int t = 0; t < kept; t++)
        {
            if (s[t] <= 1e-12) continue;
            for (int j = 0; j < m; j++) v[t, j] = vt[j, t] / s[t];
        }
        return new Factors(u, s, v);
    }

    // Orthonormal columns spanning the block's: A·V·Λ^(-1/2) from the eigenvectors V and values Λ of AᵀA, twice for
    // accuracy; a direction with no length left becomes a zero column.
    private static DenseRows Orthonormal(DenseRows a)
    {
        int columns = a.Columns;
        for (int pass = 0; pass < 2; pass++)
        {
            var (values, vectors) = SymmetricEigen(a.Gram().ToArray());
            var scaled = new DenseRows(columns, columns);
            for (int c = 0; c < columns; c++)
            {
                double scale = values[c] > 1e-20 * Math.Max(values[0], 1e-300) ? 1 / Math.Sqrt(values[c]) : 0;
                for (int r = 0; r < columns; r++) scaled[r, c] = vectors[r, c] * scale;
            }
            a = a.Times(scaled);
        }
        return a;
    }

    /// <summary>Eigenvalues (largest first) and eigenvectors (columns) of a small symmetric matrix, by cyclic Jacobi
    /// rotations.</summary>
    internal static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] matrix)
    {
        int l = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var vectors = new double[l, l];
        for (int i = 0; i < l; i++) vectors[i, i] = 1;
        double total = 0;
        for (int i = 0; i < l; i++) for (int j = 0; j < l; j++) total += a[i, j] * a[i, j];
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int i = 0; i < l; i++) for (int j = i + 1; j < l; j++) off += a[i, j] * a[i, j];
            if (off <= 1e-30 * Math.Max(total, 1e-300)) break;
            for (int p = 0; p < l; p++)
                for (int r = p + 1; r < l; r++)
                {
                    if (a[p, r] == 0) continue;
                    double theta = (a[r, r] - a[p, p]) / (2 * a[p, r]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double cos = 1 / Math.Sqrt(t * t + 1), sin = t * cos;
                    for (int i = 0; i < l; i++)
                    {
                        double aip = a[i, p], air = a[i, r];
                        a[i, p] = cos * aip - sin * air;
                        a[i, r] = sin * aip + cos * air;
                    }
                    for (int i = 0; i < l; i++)
                    {
                        double api = a[p, i], ari = a[r, i];
                        a[p, i] = cos * api - sin * ari;
                        a[r, i] = sin * api + cos * ari;
                    }
                    for (int i = 0; i < l; i++)
                    {
                        double vip = vectors[i, p], vir = vectors[i, r];
                        vectors[i, p] = cos * vip - sin * vir;
                        vectors[i, r] = sin * vip + cos * vir;
                    }
                }
        }
        var order = Enumerable.Range(0, l).OrderByDescending(i => a[i, i]).ThenBy(i => i).ToArray();
        var values = order.Select(i => a[i, i]).ToArray();
        var sorted = new double[l, l];
        for (int c = 0; c < l; c++)
            for (int r = 0; r < l; r++) sorted[r, c] = vectors[r, order[c]];
        return (values, sorted);
    }

    // A standard normal draw (Box-Muller) from the seeded source.
    private static double Gaussian(Random random)
    {
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
