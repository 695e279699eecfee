using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperNotebooks.Model;

/// <summary>
/// A list of plain values outside the managed heap that doubles as it fills, for what a count over a million papers
/// notes down as it goes and reads back once, in order (outside the heap for the reason <see cref="ScratchArray{T}"/>
/// gives). Written one after the other, so only the pages it fills are ever touched. Freed when disposed.
/// </summary>
internal sealed unsafe class ScratchList<T> : IDisposable where T : unmanaged
{
    private T* _items;
    private int _capacity, _count;

    public ScratchList(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = Math.Max(capacity, 16);
        _items = (T*)NativeMemory.Alloc((nuint)_capacity, (nuint)sizeof(T));
    }

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_count == _capacity) Grow();
        _items[_count++] = item;
    }

    public ReadOnlySpan<T> Span => _items is null ? throw new ObjectDisposedException(nameof(ScratchList<T>)) : new(_items, _count);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        if (_items is null) throw new ObjectDisposedException(nameof(ScratchList<T>));
        int capacity = _capacity >= Array.MaxLength / 2 ? Array.MaxLength : _capacity * 2;
        if (capacity == _capacity) throw new InvalidOperationException("The list holds as many items as it can.");
        _items = (T*)NativeMemory.Realloc(_items, (nuint)capacity * (nuint)sizeof(T));
        _capacity = capacity;
    }

    public void Dispose()
    {
        var items = _items;
        _items = null;
        _count = _capacity = 0;
        if (items is not null) NativeMemory.Free(items);
        GC.SuppressFinalize(this);
    }

    ~ScratchList()
    {
        if (_items is not null) NativeMemory.Free(_items);
    }
}
