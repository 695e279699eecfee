namespace PaperNotebooks.Model;

/// <summary>
/// A list cut into consecutive parts, each worked on by one core: counts, tables and frames of a large collection are
/// made part by part and the parts merged in order, which gives what one pass over the list would.
/// </summary>
internal static class InParts
{
    /// <summary>The result of <paramref name="work"/> (given the first and the past-the-end position) on each of
    /// <paramref name="parts"/> consecutive ranges of <c>[0, count)</c>, in order.</summary>
    public static T[] Run<T>(int count, int parts, Func<int, int, T> work)
    {
        var results = new T[parts];
        Parallel.For(0, parts, part => results[part] = work(Start(count, part, parts), Start(count, part + 1, parts)));
        return results;
    }

    /// <summary>Where part <paramref name="part"/> of <paramref name="parts"/> starts in a list of <paramref name="count"/>
    /// (part <paramref name="parts"/> is the end).</summary>
    public static int Start(int count, int part, int parts) => (int)((long)count * part / parts);
}
