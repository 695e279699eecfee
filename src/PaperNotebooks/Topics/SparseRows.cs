namespace PaperNotebooks.Topics;

/// <summary>A sparse matrix by rows (CSR) of doubles, columns sorted within a row.</summary>
internal sealed class SparseRows(int[] rowStart, int[] columns, double[] values, int columnCount)
{
    public int[] RowStart { get; } = rowStart;
    public int[] Columns_ { get; } = columns;
    public double[] Values { get; } = values;
    public int Rows => RowStart.Length - 1;
    public int Columns { get; } = columnCount;

    public double SquaredNorm => Values.Sum(v => v * v);

    /// <summary>The dot product of two rows (merge of sorted columns).</summary>
    public double Dot(int a, int b)
    {
        int i = RowStart[a], iEnd = RowStart[a + 1], j = RowStart[b], jEnd = RowStart[b + 1];
        double sum = 0;
        while (i < iEnd && j < jEnd)
        {
            int ci = Columns_[i], cj = Columns_[j];
            if (ci == cj) sum += Values[i++] * Values[j++];
            else if (ci < cj) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>The transpose, columns as rows (each row's columns sorted, as rows are read in order).</summary>
    public SparseRows Transpose()
    {
        var rowStart = new int[Columns + 1];
        foreach (int c in Columns_) rowStart[c + 1]++;
        for (int c = 0; c < Columns; c++) rowStart[c + 1] += rowStart[c];
        var next = (int[])rowStart.Clone();
        var columns = new int[Values.Length];
        var values = new double[Values.Length];
        for (int i = 0; i < Rows; i++)
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                int at = next[Columns_[e]]++;
                columns[at] = i;
                values[at] = Values[e];
            }
        return new SparseRows(rowStart, columns, values, Rows);
    }

    /// <summary>This matrix times a dense one (<see cref="Columns"/> × k), each row of the product on its own, so
    /// the result does not depend on how the rows are shared among threads.</summary>
    public DenseRows Times(DenseRows dense)
    {
        var result = new DenseRows(Rows, dense.Columns);
        Parallel.For(0, Rows, i =>
        {
            var into = result.Row(i);
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                double value = Values[e];
                ReadOnlySpan<double> from = dense.Row(Columns_[e]);
                for (int t = 0; t < into.Length; t++) into[t] += value * from[t];
            }
        });
        return result;
    }

    /// <summary>TF-IDF of term counts as scikit-learn's TfidfVectorizer does by default (raw counts, smooth idf
    /// ln((1+n)/(1+df))+1, rows scaled to length 1), keeping terms in at least <paramref name="minPapers"/> rows and at
    /// most a share <paramref name="maxShare"/> of them. Returns the matrix and the kept terms.</summary>
    public static (SparseRows Matrix, int[] Terms) TfIdf(TermMatrix counts, int minPapers, double maxShare)
    {
        int n = counts.Rows;
        var column = new int[counts.TermCount];
        var kept = new List<int>();
        for (int t = 0; t < counts.TermCount; t++)
        {
            int df = counts.DocumentFrequency[t];
            if (df >= minPapers && df <= maxShare * n)
            {
                column[t] = kept.Count;
                kept.Add(t);
            }
            else
            {
                column[t] = -1;
            }
        }
        var idf = kept.Select(t => Math.Log((1.0 + n) / (1.0 + counts.DocumentFrequency[t])) + 1).ToArray();
        var rowStart = new int[n + 1];
        var columns = new List<int>();
        var values = new List<double>();
        for (int i = 0; i < n; i++)
        {
            int start = columns.Count;
            for (int e = counts.RowStart[i]; e < counts.RowStart[i + 1]; e++)
            {
                int c = column[counts.Terms[e]];
                if (c < 0) continue;
                columns.Add(c);
                values.Add(counts.Counts[e] * idf[c]);
            }
            double norm = 0;
            for (int e = start; e < values.Count; e++) norm += values[e] * values[e];
            norm = Math.Sqrt(norm);
            if (norm > 0) for (int e = start; e < values.Count; e++) values[e] /= norm;
            // Columns are kept in increasing term order, so rows stay sorted.
            rowStart[i + 1] = columns.Count;
        }
        return (new SparseRows(rowStart, [.. columns], [.. values], kept.Count), [.. kept]);
    }
}
