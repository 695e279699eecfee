namespace PaperNotebooks.Topics;

/// <summary>A dense matrix of doubles by rows, in one array (row-major): each row is a span, so the loops over a row
/// run without index arithmetic or bounds checks per element.</summary>
internal sealed class DenseRows(int rows, int columns)
{
    public int Rows { get; } = rows;
    public int Columns { get; } = columns;
    public double[] Values { get; } = new double[checked(rows * columns)];

    public Span<double> Row(int i) => Values.AsSpan(i * Columns, Columns);

    public double this[int i, int j]
    {
        get => Values[i * Columns + j];
        set => Values[i * Columns + j] = value;
    }

    /// <summary>AᵀA (<see cref="Columns"/> × <see cref="Columns"/>), the rows' outer products summed in row order.</summary>
    public DenseRows Gram()
    {
        int k = Columns;
        var result = new DenseRows(k, k);
        for (int i = 0; i < Rows; i++)
        {
            ReadOnlySpan<double> row = Row(i);
            for (int t = 0; t < k; t++)
            {
                double at = row[t];
                if (at == 0) continue;
                var into = result.Values.AsSpan(t * k + t, k - t);
                var from = row[t..];
                for (int s = 0; s < into.Length; s++) into[s] += at * from[s];
            }
        }
        for (int t = 0; t < k; t++)
            for (int s = 0; s < t; s++) result[t, s] = result[s, t];
        return result;
    }

    /// <summary>This matrix times <paramref name="other"/> (<see cref="Columns"/> × its columns), each row on its own.</summary>
    public DenseRows Times(DenseRows other)
    {
        var result = new DenseRows(Rows, other.Columns);
        Parallel.For(0, Rows, i =>
        {
            ReadOnlySpan<double> row = Row(i);
            var into = result.Row(i);
            for (int r = 0; r < row.Length; r++)
            {
                double factor = row[r];
                if (factor == 0) continue;
                ReadOnlySpan<double> from = other.Row(r);
                for (int c = 0; c < into.Length; c++) into[c] += factor * from[c];
            }
        });
        return result;
    }

    public double[,] ToArray()
    {
        var result = new double[Rows, Columns];
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++) result[i, j] = this[i, j];
        return result;
    }
}
