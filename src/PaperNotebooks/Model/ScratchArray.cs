using System.Runtime.InteropServices;

namespace PaperNotebooks.Model;

/// <summary>
/// A zeroed array of plain values outside the managed heap, for the tens of megabytes a count over a million papers
/// needs for a fraction of a second. Allocated on the managed heap, every such array counts towards the large-object
/// budget, and spending it starts a background collection that marks the whole loaded heap (over a gigabyte) on one of
/// the two cores while the count runs on both. Freed when disposed; the memory goes back to the system at once.
/// </summary>
internal sealed unsafe class ScratchArray<T> : IDisposable where T : unmanaged
{
    private T* _items;

    public ScratchArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        _items = (T*)NativeMemory.AllocZeroed((nuint)Math.Max(length, 1), (nuint)sizeof(T));
    }

    public int Length { get; }

    public Span<T> Span => _items is null ? throw new ObjectDisposedException(nameof(ScratchArray<T>)) : new(_items, Length);

    public ref T this[int index]
    {
        get
        {
            if (_items is null) throw new ObjectDisposedException(nameof(ScratchArray<T>));
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException();
            return ref _items[index];
        }
    }

    public void Dispose()
    {
        var items = _items;
        _items = null;
        if (items is not null) NativeMemory.Free(items);
        GC.SuppressFinalize(this);
    }

    ~ScratchArray()
    {
        if (_items is not null) NativeMemory.Free(_items);
    }
}
