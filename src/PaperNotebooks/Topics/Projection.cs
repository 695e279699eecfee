namespace PaperNotebooks.Topics;

/// <summary>The first two principal components of row vectors, by power iteration with deflation from a fixed
/// start: a 2-D map of papers in which nearby papers have similar vectors.</summary>
internal static class Projection
{
    public static (float X, float Y)[] TwoDimensions(float[] rows, int count, int dimensions)
    {
        var result = new (float X, float Y)[count];
        if (count == 0) return result;
        var mean = new double[dimensions];
        for (int i = 0; i < count; i++)
            for (int d = 0; d < dimensions; d++) mean[d] += rows[i * dimensions + d];
        for (int d = 0; d < dimensions; d++) mean[d] /= count;

        var first = Component(rows, count, dimensions, mean, null);
        var second = Component(rows, count, dimensions, mean, first);
        for (int i = 0; i < count; i++)
        {
            double x = 0, y = 0;
            for (int d = 0; d < dimensions; d++)
            {
                double v = rows[i * dimensions + d] - mean[d];
                x += v * first[d];
                y += v * second[d];
            }
            result[i] = ((float)x, (float)y);
        }
        return result;
    }

    private static double[] Component(float[] rows, int count, int dimensions, double[] mean, double[]? orthogonalTo)
    {
        var v = new double[dimensions];
        for (int d = 0; d < dimensions; d++) v[d] = 1.0 / Math.Sqrt(dimensions) * (1 + (d % 7) * 0.1);
        var next = new double[dimensions];
        for (int iteration = 0; iteration < 60; iteration++)
        {
            if (orthogonalTo is not null) RemoveProjection(v, orthogonalTo);
            Array.Clear(next);
            for (int i = 0; i < count; i++)
            {
                double dot = 0;
                for (int d = 0; d < dimensions; d++) dot += (rows[i * dimensions + d] - mean[d]) * v[d];
                for (int d = 0; d < dimensions; d++) next[d] += dot * (rows[i * dimensions + d] - mean[d]);
            }
            if (orthogonalTo is not null) RemoveProjection(next, orthogonalTo);
            double norm = Math.Sqrt(next.Sum(x => x * x));
            if (norm == 0) break;
            for (int d = 0; d < dimensions; d++) v[d] = next[d] / norm;
        }
        return v;
    }

    private static void RemoveProjection(double[] v, double[] unit)
    {
        double dot = 0;
        for (int d = 0; d < v.Length; d++) dot += v[d] * unit[d];
        for (int d = 0; d < v.Length; d++) v[d] -= dot * unit[d];
    }
}
