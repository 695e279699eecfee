namespace PaperNotebooks.Topics;

/// <summary>k-means++ seeding (Arthur and Vassilvitskii): the first seed at random, each next one drawn with
/// probability proportional to its squared distance from the nearest seed so far. The seeding of the k-means of
/// embeddings; the same <see cref="Random"/> gives the same seeds.</summary>
internal static class SeedPicking
{
    /// <param name="squaredDistance">The squared distance between two rows.</param>
    public static int[] KMeansPlusPlus(int n, int k, Func<int, int, double> squaredDistance, Random random)
    {
        var seeds = new int[k];
        var distance = new double[n];
        seeds[0] = random.Next(n);
        for (int i = 0; i < n; i++) distance[i] = squaredDistance(i, seeds[0]);
        for (int c = 1; c < k; c++)
        {
            double total = distance.Sum();
            int pick;
            if (total > 0)
            {
                double target = random.NextDouble() * total;
                for (pick = 0; pick < n - 1; pick++)
                {
                    target -= distance[pick];
                    if (target <= 0) break;
                }
            }
            else
            {
                pick = random.Next(n);
            }
            seeds[c] = pick;
            for (int i = 0; i < n; i++) distance[i] = Math.Min(distance[i], squaredDistance(i, pick));
        }
        return seeds;
    }
}
