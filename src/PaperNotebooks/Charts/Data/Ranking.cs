namespace PaperNotebooks.Charts.Data;

/// <summary>Keeps a chart's categories bounded: the largest ones, and one "Other" for the rest.</summary>
internal static class Ranking
{
    /// <summary>
    /// How many of <paramref name="count"/> ranked items keep their own entry when at most <paramref name="max"/> entries
    /// are shown: all of them when they fit, else <c>max - 1</c>, the last entry being "Other" (which so always merges two or more).
    /// </summary>
    public static int Kept(int count, int max) => count <= max ? count : Math.Max(0, max - 1);
}
