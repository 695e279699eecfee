using System.Collections;

namespace PaperNotebooks.Model;

/// <summary>
/// A read-only list that is equal to another with the same items in the same order, so a record holding one gets
/// the right compiler-generated equality. It wraps the list it is given without copying: hand it a list no one changes.
/// </summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static ValueList<T> Empty { get; } = new([]);

    private readonly IReadOnlyList<T> _items;

    private ValueList(IReadOnlyList<T> items) => _items = items;

    /// <summary>The list itself when it is already a <see cref="ValueList{T}"/>; <see cref="Empty"/> for an empty one.</summary>
    public static ValueList<T> Of(IReadOnlyList<T> items) => items switch
    {
        ValueList<T> list => list,
        { Count: 0 } => Empty,
        _ => new ValueList<T>(items),
    };

    public int Count => _items.Count;

    /// <summary>The list wrapped, for readers that know its type (<see cref="Text.PooledNames"/>).</summary>
    internal IReadOnlyList<T> Items => _items;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other) || ReferenceEquals(_items, other._items)) return true;
        if (Count != other.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Count; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
