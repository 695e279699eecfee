using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

public sealed class NmfTests
{
    // A sparse matrix from dense rows.
    private static SparseRows Sparse(double[,] dense)
    {
        int n = dense.GetLength(0), m = dense.GetLength(1);
        var rowStart = new int[n + 1];
        var columns = new List<int>();
        var values = new List<double>();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
                if (dense[i, j] != 0)
                {
                    columns.Add(j);
                    values.Add(dense[i, j]);
                }
            rowStart[i + 1] = columns.Count;
        }
        return new SparseRows(rowStart, [.. columns], [.. values], m);
    }

    // 60 papers × 40 words in three blocks of 20 papers: each block uses its own 12 words, all share the last 4, with
    // a little seeded noise.
    private static (SparseRows X, int[] Block) Blocks()
    {
        var random = new Random(3);
        var dense = new double[60, 40];
        var block = new int[60];
        for (int i = 0; i < 60; i++)
        {
            block[i] = i / 20;
            for (int j = 0; j < 12; j++)
                if (random.NextDouble() < 0.6) dense[i, block[i] * 12 + j] = 1 + random.NextDouble();
            for (int j = 36; j < 40; j++)
                if (random.NextDouble() < 0.3) dense[i, j] = random.NextDouble();
        }
        return (Sparse(dense), block);
    }

    private static double Error(SparseRows x, Nmf.Factors f)
    {
        int n = x.Rows, m = x.Columns, k = f.H.GetLength(0);
        double error = 0;
        for (int i = 0; i < n; i++)
        {
            var row = new double[m];
            for (int e = x.RowStart[i]; e < x.RowStart[i + 1]; e++) row[x.Columns_[e]] = x.Values[e];
            for (int j = 0; j < m; j++)
            {
                double wh = 0;
                for (int t = 0; t < k; t++) wh += f.W[i, t] * f.H[t, j];
                error += (row[j] - wh) * (row[j] - wh);
            }
        }
        return error;
    }

    private static int[] Largest(double[,] w) =>
        [.. Enumerable.Range(0, w.GetLength(0)).Select(i => Enumerable.Range(0, w.GetLength(1)).MaxBy(t => w[i, t]))];

    [Fact]
    public void Three_blocks_of_words_come_back_as_three_topics_with_non_negative_factors()
    {
        var (x, block) = Blocks();
        var factors = Nmf.Run(x, 3, seed: 42);
        Assert.Equal(1, ClusterAgreement.NormalizedMutualInformation(block, Largest(factors.W)), 6);
        Assert.All(factors.W.Cast<double>(), v => Assert.True(v >= 0));
        Assert.All(factors.H.Cast<double>(), v => Assert.True(v >= 0));
        // Close to the best any rank-3 fit can do (the truncated SVD's, which may use negative values).
        var svd = TruncatedSvd.Of(x, x.Transpose(), 3, new Random(1));
        double best = x.SquaredNorm - svd.S.Sum(s => s * s);
        Assert.True(Error(x, factors) < 1.05 * best, $"{Error(x, factors)}, best rank-3 {best}");
    }

    [Fact]
    public void More_rounds_of_coordinate_descent_never_fit_worse_and_the_same_seed_gives_the_same_factors()
    {
        var (x, _) = Blocks();
        double one = Error(x, Nmf.Run(x, 4, seed: 7, maxIterations: 1));
        double five = Error(x, Nmf.Run(x, 4, seed: 7, maxIterations: 5));
        double many = Error(x, Nmf.Run(x, 4, seed: 7));
        Assert.True(one >= five && five >= many, $"{one} {five} {many}");
        Assert.Equal(Nmf.Run(x, 4, seed: 7).W.Cast<double>(), Nmf.Run(x, 4, seed: 7).W.Cast<double>());
    }

    [Fact]
    public void The_truncated_svd_finds_the_largest_singular_values_of_a_matrix()
    {
        // Rows (3, 0, 0, 0), (0, 2, 0, 0), (0, 0, 1, 0) repeated: singular values 3√5, 2√5, √5 over 15 rows.
        var dense = new double[15, 4];
        for (int i = 0; i < 15; i++) dense[i, i % 3] = 3 - i % 3;
        var x = Sparse(dense);
        var svd = TruncatedSvd.Of(x, x.Transpose(), 2, new Random(1));
        Assert.Equal(2, svd.S.Length);
        Assert.Equal(3 * Math.Sqrt(5), svd.S[0], 9);
        Assert.Equal(2 * Math.Sqrt(5), svd.S[1], 9);
        // U·S·V is the best rank-2 fit: it rebuilds the rows of the two largest directions exactly.
        for (int i = 0; i < 15; i++)
            for (int j = 0; j < 4; j++)
            {
                double fit = svd.U[i, 0] * svd.S[0] * svd.V[0, j] + svd.U[i, 1] * svd.S[1] * svd.V[1, j];
                Assert.Equal(i % 3 < 2 ? dense[i, j] : 0, fit, 9);
            }
    }

    [Fact]
    public void The_transpose_swaps_rows_and_columns_and_products_match_the_dense_ones()
    {
        var x = Sparse(new double[,] { { 1, 0, 2 }, { 0, 3, 0 } });
        var t = x.Transpose();
        Assert.Equal((3, 2), (t.Rows, t.Columns));
        Assert.Equal([0, 1, 2, 3], t.RowStart);
        Assert.Equal([0, 1, 0], t.Columns_);
        Assert.Equal([1.0, 3, 2], t.Values);
        var column = new DenseRows(3, 1);
        column.Values[0] = 1;
        column.Values[1] = 1;
        column.Values[2] = 2;
        Assert.Equal([1 + 4, 3.0], x.Times(column).Values);
    }

    [Fact]
    public void Words_for_factorising_keep_notation_plurals_and_case_folded_words_and_drop_function_words()
    {
        var words = TermMatrix.Words(["The galaxies of $\\mathbb{Z}$ and a Galaxy, one galaxy", "alpha_s at NNLO, 2-loop galaxy"]);
        Assert.Equal(["galaxies", "mathbb", "galaxy", "alpha_s", "nnlo", "loop"], words.Display);
        // "The", "of", "and", "one", "at" (function words), "a", "Z" and "2" (one character) are not terms.
        Assert.Equal([0, 3, 7], words.RowStart);
        Assert.Equal([0, 1, 2, 2, 3, 4, 5], words.Terms);
        Assert.Equal([1, 1, 2, 1, 1, 1, 1], words.Counts);
        Assert.Equal([1, 1, 2, 1, 1, 1], words.DocumentFrequency);
    }
}
