namespace PaperNotebooks.Topics;

/// <summary>How well two labelings of the same items agree.</summary>
public static class ClusterAgreement
{
    /// <summary>Normalized mutual information, the mutual information over the mean of the two entropies (as
    /// scikit-learn's default, <c>average_method='arithmetic'</c>): 1 for the same partition, 0 for independent ones.</summary>
    public static double NormalizedMutualInformation<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b)
        where TA : notnull
        where TB : notnull
    {
        if (a.Count != b.Count) throw new ArgumentException("both labelings must have as many items", nameof(b));
        int n = a.Count;
        if (n == 0) return 1;
        var joint = new Dictionary<(TA, TB), int>();
        var countA = new Dictionary<TA, int>();
        var countB = new Dictionary<TB, int>();
        for (int i = 0; i < n; i++)
        {
            joint[(a[i], b[i])] = joint.GetValueOrDefault((a[i], b[i])) + 1;
            countA[a[i]] = countA.GetValueOrDefault(a[i]) + 1;
            countB[b[i]] = countB.GetValueOrDefault(b[i]) + 1;
        }
        double mi = 0;
        foreach (var ((x, y), c) in joint)
            mi += (double)c / n * Math.Log((double)c * n / ((double)countA[x] * countB[y]));
        double ha = Entropy(countA.Values, n), hb = Entropy(countB.Values, n);
        if (ha == 0 && hb == 0) return 1;
        double mean = (ha + hb) / 2;
        return mean <= 0 ? 0 : Math.Clamp(mi / mean, 0, 1);
    }

    private static double Entropy(IEnumerable<int> counts, int n) =>
        -counts.Sum(c => (double)c / n * Math.Log((double)c / n));
}
