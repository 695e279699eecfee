namespace PaperNotebooks.Text;

/// <summary>
/// One string per distinct name among the papers a reading thread makes: an author on a thousand papers is held once,
/// not a thousand times, which in a listing of a million papers saves hundreds of megabytes and the collector's
/// work of keeping them. Not thread-safe: one pool per thread. Past <see cref="MaxNames"/> distinct names it stops
/// adding and only shares the names it holds.
/// </summary>
internal sealed class NamePool
{
    private const int MaxNames = 1 << 20;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public string Share(string name)
    {
        if (_names.TryGetValue(name, out var shared)) return shared;
        if (_names.Count < MaxNames) _names.Add(name);
        return name;
    }

    /// <summary>The names, each replaced by the pool's copy, in a list of exactly their count.</summary>
    public IReadOnlyList<string> Share(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return [];
        var shared = new string[names.Count];
        for (int i = 0; i < shared.Length; i++) shared[i] = Share(names[i]);
        return shared;
    }
}
