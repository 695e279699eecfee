using System.Collections;

namespace PaperNotebooks.Model;

/// <summary>
/// A read-only list that is equal to another with the same items in the same order, so a record holding one gets
/// the right compiler-generated equality. It wraps the list it is given without copying: hand it a list no one changes.
/// Not sealed only for lists of this library that hold their items their own way and are value lists themselves
/// (<see cref="Text.PooledNames"/>: one object for a paper's authors instead of a wrapper and a list); no other assembly
/// can derive from it.
/// </summary>
public class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static ValueList<T> Empty { get; } = new([]);

    private readonly IReadOnlyList<T>? _items;

    private ValueList(IReadOnlyList<T> items) => _items = items;

    /// <summary>For a derived list, which overrides <see cref="Count"/>, the indexer and <see cref="GetEnumerator"/>.</summary>
    private protected ValueList() { }

    /// <summary>The list itself when it is already a <see cref="ValueList{T}"/>; <see cref="Empty"/> for an empty one.</summary>
    public static ValueList<T> Of(IReadOnlyList<T> items) => items switch
    {
        ValueList<T> list => list,
        { Count: 0 } => Empty,
        _ => new ValueList<T>(items),
    };

    public virtual int Count => _items!.Count;

    public virtual T this[int index] => _items![index];

    public virtual IEnumerator<T> GetEnumerator() => _items!.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other) || (_items is not null && ReferenceEquals(_items, other._items))) return true;
        int count = Count;
        if (count != other.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < count; i++)
        {
            if (!comparer.Equals(this[i], other[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in this) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", this)}]";
}
