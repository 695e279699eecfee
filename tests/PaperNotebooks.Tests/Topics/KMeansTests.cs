using PaperNotebooks.Embeddings;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

public sealed class KMeansTests
{
    // 600 unit vectors in 32 dimensions around 12 centres, close enough that a single start often merges two.
    private static EmbeddingMatrix Blobs(int seed = 5)
    {
        var random = new Random(seed);
        const int n = 600, d = 32, centres = 12;
        var centre = new float[centres, d];
        for (int c = 0; c < centres; c++)
            for (int j = 0; j < d; j++) centre[c, j] = (float)(random.NextDouble() * 2 - 1);
        var vectors = new EmbeddingMatrix(n, d);
        for (int i = 0; i < n; i++)
        {
            var row = vectors.Row(i);
            for (int j = 0; j < d; j++) row[j] = centre[i % centres, j] + (float)(random.NextDouble() - 0.5);
            float norm = MathF.Sqrt(row.ToArray().Sum(v => v * v));
            for (int j = 0; j < d; j++) row[j] /= norm;
        }
        return vectors;
    }

    [Fact]
    public void More_starts_never_end_with_papers_further_from_their_centres()
    {
        var vectors = Blobs();
        foreach (int seed in new[] { 1, 2, 3, 42 })
        {
            double one = KMeans.Run(vectors, 12, seed, starts: 1).Score;
            double four = KMeans.Run(vectors, 12, seed, starts: 4).Score;
            double ten = KMeans.Run(vectors, 12, seed, starts: 10).Score;
            Assert.True(one <= four && four <= ten, $"seed {seed}: {one} {four} {ten}");
        }
    }

    [Fact]
    public void The_default_is_the_best_of_ten_starts_and_the_same_seed_gives_the_same_clusters()
    {
        var vectors = Blobs();
        var byDefault = KMeans.Run(vectors, 12, seed: 42);
        Assert.Equal(KMeans.Run(vectors, 12, seed: 42, starts: 10).Score, byDefault.Score);
        Assert.Equal(byDefault.Assignment, KMeans.Run(vectors, 12, seed: 42).Assignment);
    }

    [Fact]
    public void The_similarity_to_centres_of_the_clustered_vectors_is_the_similarity_the_clustering_ended_with()
    {
        // Run and SimilarityToCentres share one way of summing and normalising centres; at convergence the centres of
        // the final assignment are the ones the papers were last measured against, bit for bit.
        var vectors = Blobs();
        foreach (int seed in new[] { 1, 42 })
        {
            var clustering = KMeans.Run(vectors, 12, seed);
            Assert.Equal(clustering.Similarity, KMeans.SimilarityToCentres(vectors, clustering.Assignment, 12));
        }
    }
}
