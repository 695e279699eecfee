using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Topics;

/// <summary>
/// Spherical k-means on unit vectors (cosine similarity): k-means++ seeding from a seeded random source, Lloyd
/// iterations until no paper moves, the best of ten starts by total similarity (one start can settle in a poor local
/// optimum; the best of ten rarely does, and on papers the higher total similarity is the better partition far more
/// often than not). The same vectors, k and seed give the same clusters: assignments are computed per row (in
/// parallel, independently) and centres summed in row order.
/// </summary>
internal static class KMeans
{
    public sealed record Clustering(int[] Assignment, float[] Similarity, EmbeddingMatrix Centroids, double Score);

    public static Clustering Run(EmbeddingMatrix vectors, int k, int seed, int starts = 10, int maxIterations = 100, CancellationToken cancellation = default)
    {
        Clustering? best = null;
        for (int s = 0; s < starts; s++)
        {
            var run = RunOnce(vectors, k, new Random(seed + 7919 * s), maxIterations, cancellation);
            if (best is null || run.Score > best.Score) best = run;
        }
        return best!;
    }

    private static Clustering RunOnce(EmbeddingMatrix vectors, int k, Random random, int maxIterations, CancellationToken cancellation)
    {
        int n = vectors.Count;
        var centroids = Seed(vectors, k, random);
        var assignment = new int[n];
        Array.Fill(assignment, -1);
        var similarity = new float[n];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            int moved = 0;
            Parallel.For(0, n, () => 0, (i, _, local) =>
            {
                var (c, sim) = Nearest(vectors.ReadRow(i), centroids);
                similarity[i] = sim;
                if (assignment[i] != c)
                {
                    assignment[i] = c;
                    local++;
                }
                return local;
            }, local => Interlocked.Add(ref moved, local));
            if (moved == 0 && iteration > 0) break;

            centroids = Centres(vectors, assignment, k, out var sizes);
            for (int c = 0; c < k; c++)
            {
                if (sizes[c] > 0) continue;
                // An empty cluster takes the paper furthest from its centre.
                int far = 0;
                for (int i = 1; i < n; i++) if (similarity[i] < similarity[far]) far = i;
                vectors.ReadRow(far).CopyTo(centroids.Row(c));
                Pooling.Normalize(centroids.Row(c));
                similarity[far] = 1;
            }
        }
        double score = 0;
        for (int i = 0; i < n; i++) score += similarity[i];
        return new Clustering(assignment, similarity, centroids, score);
    }

    /// <summary>Each vector's similarity to the normalised mean of the vectors assigned with it (an empty cluster has none).</summary>
    public static float[] SimilarityToCentres(EmbeddingMatrix vectors, int[] assignment, int k)
    {
        var centres = Centres(vectors, assignment, k, out _);
        var similarity = new float[assignment.Length];
        for (int i = 0; i < assignment.Length; i++) similarity[i] = VectorMath.Dot(vectors.ReadRow(i), centres.ReadRow(assignment[i]));
        return similarity;
    }

    /// <summary>Each cluster's normalised mean, summed in row order so the same input gives the same bits; an empty
    /// cluster's row stays zero (<paramref name="sizes"/> says which).</summary>
    private static EmbeddingMatrix Centres(EmbeddingMatrix vectors, int[] assignment, int k, out int[] sizes)
    {
        var centres = new EmbeddingMatrix(k, vectors.Dimensions);
        sizes = new int[k];
        for (int i = 0; i < assignment.Length; i++)
        {
            var sum = centres.Row(assignment[i]);
            var v = vectors.ReadRow(i);
            for (int j = 0; j < v.Length; j++) sum[j] += v[j];
            sizes[assignment[i]]++;
        }
        for (int c = 0; c < k; c++) Pooling.Normalize(centres.Row(c));
        return centres;
    }

    public static (int Cluster, float Similarity) Nearest(ReadOnlySpan<float> vector, EmbeddingMatrix centroids)
    {
        int best = 0;
        float bestSimilarity = float.NegativeInfinity;
        for (int c = 0; c < centroids.Count; c++)
        {
            float sim = VectorMath.Dot(vector, centroids.ReadRow(c));
            if (sim > bestSimilarity)
            {
                bestSimilarity = sim;
                best = c;
            }
        }
        return (best, bestSimilarity);
    }

    private static EmbeddingMatrix Seed(EmbeddingMatrix vectors, int k, Random random)
    {
        var centroids = new EmbeddingMatrix(k, vectors.Dimensions);
        var seeds = SeedPicking.KMeansPlusPlus(vectors.Count, k, (a, b) => Distance(vectors.ReadRow(a), vectors.ReadRow(b)), random);
        for (int c = 0; c < k; c++) vectors.ReadRow(seeds[c]).CopyTo(centroids.Row(c));
        return centroids;
    }

    private static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => Math.Max(0, 2 - 2 * VectorMath.Dot(a, b));
}
