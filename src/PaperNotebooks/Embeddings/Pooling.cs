using System.Numerics;

namespace PaperNotebooks.Embeddings;

/// <summary>Sentence vectors from token vectors, as sentence-transformers does for all-MiniLM-L6-v2: the mean of the
/// token vectors the attention mask keeps, scaled to length 1.</summary>
internal static class Pooling
{
    public static void MeanNormalized(ReadOnlySpan<float> hidden, long[] mask, int rows, int length, int dimensions, Span<float> into)
    {
        for (int r = 0; r < rows; r++)
        {
            var vector = into.Slice(r * dimensions, dimensions);
            vector.Clear();
            int kept = 0;
            for (int t = 0; t < length; t++)
            {
                if (mask[r * length + t] == 0) continue;
                kept++;
                var token = hidden.Slice((r * length + t) * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++) vector[d] += token[d];
            }
            if (kept > 0)
                for (int d = 0; d < dimensions; d++) vector[d] /= kept;
            Normalize(vector);
        }
    }

    /// <summary>Scales a vector to length 1 (left as is when it is all zeros).</summary>
    public static void Normalize(Span<float> vector)
    {
        float norm = MathF.Sqrt(VectorMath.Dot(vector, vector));
        if (norm <= 0) return;
        float scale = 1 / norm;
        for (int d = 0; d < vector.Length; d++) vector[d] *= scale;
    }
}
