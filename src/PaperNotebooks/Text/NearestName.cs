namespace PaperNotebooks.Text;

/// <summary>Finds the valid name a user most likely meant, for "did you mean" hints.</summary>
public static class NearestName
{
    private const int MostTyped = 200;

    /// <summary>The candidate closest to <paramref name="typed"/> by edit distance, when it is close enough to be a typo.</summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        // A typo is short; a 100 KB "id" would cost its length times every candidate's, for no suggestion.
        if (typed.Length > MostTyped) return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Trim('-').Length > 0) distance = Math.Min(distance, 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.Max(2, typed.Trim('-').Length / 2);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or "", ready to append to a message.</summary>
    public static string Hint(string typed, IEnumerable<string> candidates) =>
        Find(typed, candidates) is { } nearest ? $" Did you mean '{nearest}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
