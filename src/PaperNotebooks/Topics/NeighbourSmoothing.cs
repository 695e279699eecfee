using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Topics;

/// <summary>
/// Each paper's unit vector averaged with the mean of its nearest neighbours' (by cosine) and normalised again, before
/// clustering: a paper's own vector is noisy (a short abstract, an unusual word), its neighbourhood less so, and k-means
/// on the smoothed vectors finds the themes more often (2,000 arXiv papers, NMI against their archive over five seeds:
/// k = 10 0.541 -> 0.555, k = 18 0.520 -> 0.536; 2,036 cs papers against their category: 0.523 -> 0.526 and 0.548 ->
/// 0.550). Exact neighbours cost a dot product per pair, so only up to <see cref="MostPapers"/> papers are smoothed.
/// Each row is computed on its own from the unsmoothed vectors (ties go to the earlier paper): the same vectors give the
/// same result on any number of threads.
/// </summary>
internal static class NeighbourSmoothing
{
    public const int Neighbours = 10;

    /// <summary>Above this many papers the vectors are clustered as they are (4 seconds of dot products on two cores here).</summary>
    public const int MostPapers = 10_000;

    /// <summary>The smoothed vectors, or null when there are too many papers or too few to have neighbours.</summary>
    public static EmbeddingMatrix? Smooth(EmbeddingMatrix vectors, CancellationToken cancellation = default, int neighbours = Neighbours)
    {
        int n = vectors.Count, d = vectors.Dimensions;
        if (n > MostPapers || n <= neighbours + 1) return null;
        var smoothed = new EmbeddingMatrix(n, d);
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellation }, () => (new int[neighbours], new float[neighbours]), (i, _, scratch) =>
        {
            var (nearest, similarity) = scratch;
            int kept = 0;
            var row = vectors.ReadRow(i);
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                float s = VectorMath.Dot(row, vectors.ReadRow(j));
                if (kept == neighbours && s <= similarity[kept - 1]) continue;
                // Insert in order of similarity, most similar first; an equal one stays after (the earlier paper wins).
                int at = kept < neighbours ? kept++ : kept - 1;
                while (at > 0 && similarity[at - 1] < s)
                {
                    similarity[at] = similarity[at - 1];
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                similarity[at] = s;
                nearest[at] = j;
            }
            var into = smoothed.Row(i);
            for (int k = 0; k < kept; k++)
            {
                var neighbour = vectors.ReadRow(nearest[k]);
                for (int x = 0; x < d; x++) into[x] += neighbour[x];
            }
            for (int x = 0; x < d; x++) into[x] = row[x] + into[x] / kept;
            Pooling.Normalize(into);
            return scratch;
        }, _ => { });
        return smoothed;
    }
}
