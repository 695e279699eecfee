using PaperNotebooks.Embeddings;

namespace PaperNotebooks.Topics;

/// <summary>
/// Each paper's unit vector averaged with the mean of its nearest neighbours' (by cosine) and normalised again, before
/// clustering: a paper's own vector is noisy (a short abstract, an unusual word), its neighbourhood less so, and k-means
/// on the smoothed vectors finds the themes more often (2,000 arXiv papers, NMI against their archive over five seeds:
/// k = 10 0.541 -> 0.555, k = 18 0.520 -> 0.536; 2,036 cs papers against their category: 0.523 -> 0.526 and 0.548 ->
/// 0.550). Exact neighbours cost a dot product per pair, so only up to <see cref="MostPapers"/> papers are smoothed.
/// Each pair's similarity is worked out once, for both papers, and the neighbours are the most similar by one order
/// (ties go to the earlier paper), from the unsmoothed vectors: the same vectors give the same result on any number of
/// threads.
/// </summary>
internal static class NeighbourSmoothing
{
    public const int Neighbours = 10;

    /// <summary>Above this many papers the vectors are clustered as they are (1.6 seconds of dot products on two cores here,
    /// 384 dimensions).</summary>
    public const int MostPapers = 10_000;

    /// <summary>The smoothed vectors, or null when there are too many papers or too few to have neighbours.</summary>
    public static EmbeddingMatrix? Smooth(EmbeddingMatrix vectors, CancellationToken cancellation = default, int neighbours = Neighbours)
    {
        int n = vectors.Count, d = vectors.Dimensions;
        if (n > MostPapers || n <= neighbours + 1) return null;
        var nearest = Nearest(vectors, neighbours, cancellation);
        var smoothed = new EmbeddingMatrix(n, d);
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var row = vectors.ReadRow(i);
            var into = smoothed.Row(i);
            var mine = nearest.Of(i);
            foreach (int neighbour in mine)
            {
                var other = vectors.ReadRow(neighbour);
                for (int x = 0; x < d; x++) into[x] += other[x];
            }
            for (int x = 0; x < d; x++) into[x] = row[x] + into[x] / mine.Length;
            Pooling.Normalize(into);
        });
        return smoothed;
    }

    /// <summary>Rows a tile of the pairs takes: two tiles' vectors stay in the core's cache while their pairs are scored.</summary>
    private const int Tile = 64;

    /// <summary>
    /// Each paper's <paramref name="neighbours"/> most similar others, most similar first, a tie to the earlier paper.
    /// A pair's dot product is worked out once, for both papers, a tile of pairs at a time: each task keeps lists for every
    /// paper from the pairs it scored, and the lists are merged in the end. The lists are the best by one order (similarity,
    /// then the earlier paper), so neither the tiles' order nor the tasks' count changes them.
    /// </summary>
    internal static NeighbourLists Nearest(EmbeddingMatrix vectors, int neighbours, CancellationToken cancellation = default)
    {
        int n = vectors.Count, tiles = (n + Tile - 1) / Tile;
        var pairs = new List<(int, int)>(tiles * (tiles + 1) / 2);
        for (int a = 0; a < tiles; a++)
            for (int b = a; b < tiles; b++) pairs.Add((a, b));
        var found = new List<NeighbourLists>();
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellation }, () => new NeighbourLists(n, neighbours), (p, _, lists) =>
        {
            var (a, b) = pairs[p];
            int aEnd = Math.Min(n, (a + 1) * Tile), bEnd = Math.Min(n, (b + 1) * Tile);
            for (int i = a * Tile; i < aEnd; i++)
            {
                var row = vectors.ReadRow(i);
                for (int j = a == b ? i + 1 : b * Tile; j < bEnd; j++)
                {
                    float s = VectorMath.Dot(row, vectors.ReadRow(j));   // the same both ways round: the same products, summed alike
                    lists.Offer(i, j, s);
                    lists.Offer(j, i, s);
                }
            }
            return lists;
        }, lists => { lock (found) found.Add(lists); });
        var merged = found[0];
        for (int t = 1; t < found.Count; t++) merged.Take(found[t]);
        return merged;
    }

    /// <summary>For each paper, its best neighbours so far: kept in order, most similar first, then the earlier paper.</summary>
    internal sealed class NeighbourLists(int papers, int size)
    {
        private readonly int[] _nearest = new int[papers * size];
        private readonly float[] _similarity = new float[papers * size];
        private readonly int[] _kept = new int[papers];

        public ReadOnlySpan<int> Of(int paper) => _nearest.AsSpan(paper * size, _kept[paper]);

        public void Offer(int paper, int other, float similarity)
        {
            int first = paper * size, kept = _kept[paper];
            if (kept == size && !Before(similarity, other, _similarity[first + kept - 1], _nearest[first + kept - 1])) return;
            int at = kept < size ? kept : size - 1;
            if (kept < size) _kept[paper] = kept + 1;
            while (at > 0 && Before(similarity, other, _similarity[first + at - 1], _nearest[first + at - 1]))
            {
                _similarity[first + at] = _similarity[first + at - 1];
                _nearest[first + at] = _nearest[first + at - 1];
                at--;
            }
            _similarity[first + at] = similarity;
            _nearest[first + at] = other;
        }

        /// <summary>Offers each paper the other lists' neighbours.</summary>
        public void Take(NeighbourLists other)
        {
            for (int paper = 0; paper < _kept.Length; paper++)
            {
                int first = paper * size;
                for (int k = 0; k < other._kept[paper]; k++) Offer(paper, other._nearest[first + k], other._similarity[first + k]);
            }
        }

        private static bool Before(float similarity, int paper, float thanSimilarity, int thanPaper) =>
            similarity > thanSimilarity || (similarity == thanSimilarity && paper < thanPaper);
    }
}
