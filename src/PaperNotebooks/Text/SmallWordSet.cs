namespace PaperNotebooks.Text;

/// <summary>
/// A handful of short words (stop words, name particles, domains) looked up by span: the words of the span's length
/// compared one by one. For the listing reader, which asks several times a paper: .NET's set looked up by span is
/// generic code that no compiled-ahead image holds, and in a notebook kernel it ran unoptimised through much of a large
/// read (see <see cref="ShortSearch"/>); this is compiled ahead with the package, and as fast for a few dozen words.
/// </summary>
internal sealed class SmallWordSet
{
    private readonly string[][] _byLength;
    private readonly StringComparison _comparison;

    /// <param name="comparison">Ordinal, or ordinal ignoring case.</param>
    public SmallWordSet(IEnumerable<string> words, StringComparison comparison = StringComparison.Ordinal)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase)) throw new ArgumentOutOfRangeException(nameof(comparison));
        var distinct = words.Distinct(comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).ToArray();
        _byLength = new string[distinct.Length == 0 ? 0 : distinct.Max(word => word.Length) + 1][];
        for (int length = 0; length < _byLength.Length; length++) _byLength[length] = [.. distinct.Where(word => word.Length == length)];
        _comparison = comparison;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)_byLength.Length) return false;
        foreach (string candidate in _byLength[word.Length])
        {
            if (word.Equals(candidate, _comparison)) return true;
        }
        return false;
    }
}
