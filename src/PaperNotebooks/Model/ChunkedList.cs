using System.Collections;
using System.Runtime.CompilerServices;

namespace PaperNotebooks.Model;

/// <summary>
/// A list appended to and read back in order, kept in chunks under the large object heap's threshold (85,000 bytes):
/// for what a read notes by the thousand in each block and keeps to its end. A growing array of that size is
/// allocated on the large object heap, and the runtime answers large allocations with full, blocking collections of
/// the whole heap, which a read is filling (1M papers: 10 full collections, a second of both cores, came from lists
/// like these).
/// </summary>
internal sealed class ChunkedList<T> : IEnumerable<T>
{
    /// <summary>How many items a full chunk holds: 64 KB of them.</summary>
    internal static readonly int ChunkLength = Math.Max(16, (64 << 10) / Unsafe.SizeOf<T>());

    private readonly List<T[]> _chunks = [];
    private T[] _last = [];
    private int _used;

    public int Count { get; private set; }

    /// <summary>The arrays the items are kept in (for tests).</summary>
    internal IReadOnlyList<T[]> Chunks => _chunks;

    /// <summary>How many chunks hold the items: <see cref="ChunkAt"/> reads them in order, a span at a time.</summary>
    public int ChunkCount => _chunks.Count;

    /// <summary>The items of chunk <paramref name="index"/>: a whole chunk, but for the last, which holds what was added last.</summary>
    public ReadOnlySpan<T> ChunkAt(int index) => index == _chunks.Count - 1 ? _chunks[index].AsSpan(0, _used) : _chunks[index];

    public void Add(T item)
    {
        if (_used == _last.Length) Grow();
        _last[_used++] = item;
        Count++;
    }

    /// <summary>The first chunk doubles until it is full, so a short list stays small; then a full chunk is added at a time.</summary>
    private void Grow()
    {
        if (_chunks.Count == 1 && _last.Length < ChunkLength)
        {
            Array.Resize(ref _last, Math.Min(ChunkLength, 2 * _last.Length));
            _chunks[0] = _last;
            return;
        }
        _last = new T[_chunks.Count == 0 ? Math.Min(ChunkLength, 16) : ChunkLength];
        _chunks.Add(_last);
        _used = 0;
    }

    /// <summary>Copies the items, in order, to the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<T> destination)
    {
        for (int c = 0; c < _chunks.Count; c++)
        {
            var chunk = ChunkAt(c);
            chunk.CopyTo(destination);
            destination = destination[chunk.Length..];
        }
    }

    public void Clear()
    {
        _chunks.Clear();
        (_last, _used, Count) = ([], 0, 0);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        foreach (var item in this) yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>The items in the order they were added.</summary>
    public struct Enumerator(ChunkedList<T> list)
    {
        private int _chunk, _index = -1;

        public readonly T Current => list._chunks[_chunk][_index];

        public bool MoveNext()
        {
            while (_chunk < list._chunks.Count)
            {
                // Every chunk but the last is full.
                int length = _chunk == list._chunks.Count - 1 ? list._used : ChunkLength;
                if (++_index < length) return true;
                (_chunk, _index) = (_chunk + 1, -1);
            }
            return false;
        }
    }
}
