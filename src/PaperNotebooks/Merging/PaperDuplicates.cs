using System.Collections;

namespace PaperNotebooks.Merging;

/// <summary>The papers of a collection that were read more than once and merged, in the collection's order.</summary>
public sealed class PaperDuplicates(IReadOnlyList<PaperDuplicate> duplicates) : IReadOnlyList<PaperDuplicate>
{
    public static PaperDuplicates None { get; } = new([]);

    public int Count => duplicates.Count;

    public PaperDuplicate this[int index] => duplicates[index];

    /// <summary>How many copies were merged away: each merged paper's copies but one.</summary>
    public int CopiesMerged => duplicates.Sum(d => d.Copies.Count - 1);

    public IEnumerator<PaperDuplicate> GetEnumerator() => duplicates.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Count} papers merged from {CopiesMerged + Count} copies";
}
