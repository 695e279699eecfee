using PaperNotebooks.Sources;

namespace PaperNotebooks.Text;

/// <summary>
/// UTF-8 texts in one array, one row each, in the order of the blocks that wrote them: the abstracts of a listing.
/// The array is the size of the stretch of file it serves and is not zeroed, so pages no block writes are never
/// touched. Each parse block writes its texts in the part of the array that matches its own bytes in the file (a text
/// read from a block is never longer than the block), on its own thread, with no locking; <see cref="Seal"/> then
/// moves them together in block order, numbers the rows, and gives back the pages past the end. Sealed, the array and
/// <see cref="Offsets"/> are an Arrow string column's buffers, which the papers' DataFrame wraps without copying.
/// </summary>
internal sealed class Utf8TextStore
{
    private readonly byte[] _buffer;
    private readonly List<Utf8TextBlock> _blocks = [];
    private byte[]? _offsets;

    public Utf8TextStore(int capacity) => _buffer = GC.AllocateUninitializedArray<byte>(capacity);

    /// <summary>The most bytes one store serves: what one array holds.</summary>
    public static int MaxCapacity => Array.MaxLength;

    internal byte[] Buffer => _buffer;

    /// <summary>The rows, once sealed.</summary>
    public int Rows { get; private set; }

    /// <summary>The bytes the rows take, once sealed.</summary>
    public int Length { get; private set; }

    /// <summary>Once sealed, the rows' start offsets and the end, as little-endian 32-bit integers (Arrow's layout).</summary>
    public ReadOnlyMemory<byte> Offsets => _offsets ?? throw new InvalidOperationException("The store is not sealed.");

    public bool IsSealed => _offsets is not null;

    /// <summary>
    /// Where each parse block of a file keeps its texts, for blocks with these bounds in the file: consecutive blocks
    /// share a store as large as their bytes, up to what one array holds, so that a file of up to 2 GB has all its
    /// texts in one store. A block too large for any store gets none (null): it keeps its texts as strings.
    /// </summary>
    public static Utf8TextBlock?[] ForBlocks(IReadOnlyList<long> bounds)
    {
        var blocks = new Utf8TextBlock?[bounds.Count - 1];
        for (int k = 0; k < blocks.Length;)
        {
            long first = bounds[k];
            int end = k;
            while (end < blocks.Length && bounds[end + 1] - first <= MaxCapacity) end++;
            if (end == k)
            {
                k++;
                continue;
            }
            var store = new Utf8TextStore((int)(bounds[end] - first));
            for (; k < end; k++) blocks[k] = store.Block((int)(bounds[k] - first), (int)(bounds[k + 1] - bounds[k]));
        }
        return blocks;
    }

    /// <summary>Seals the stores of <see cref="ForBlocks"/>' blocks, once every block is written.</summary>
    public static void SealAll(IEnumerable<Utf8TextBlock?> blocks)
    {
        foreach (var store in blocks.OfType<Utf8TextBlock>().Select(block => block.Store).Distinct()) store.Seal();
    }

    /// <summary>A block that writes at <paramref name="start"/>, at most <paramref name="capacity"/> bytes. Blocks are
    /// made in the order their rows come in.</summary>
    public Utf8TextBlock Block(int start, int capacity)
    {
        if (IsSealed) throw new InvalidOperationException("The store is sealed.");
        var block = new Utf8TextBlock(this, start, capacity);
        _blocks.Add(block);
        return block;
    }

    /// <summary>Moves every block's texts together, in block order, and numbers the rows; called once, after every
    /// block is written.</summary>
    public void Seal()
    {
        if (IsSealed) return;
        int rows = 0;
        foreach (var block in _blocks) rows += block.Count;
        var offsets = new byte[(rows + 1) * sizeof(int)];
        var starts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(offsets.AsSpan());
        int length = 0, row = 0;
        foreach (var block in _blocks)
        {
            block.MoveTo(length, row, starts[row..]);
            length += block.Used;
            row += block.Count;
        }
        starts[rows] = length;
        if (!BitConverter.IsLittleEndian) ToLittleEndian(starts);
        (Rows, Length, _offsets) = (rows, length, offsets);
        MappedPages.Discard(_buffer, length);
    }

    private static void ToLittleEndian(Span<int> values)
    {
        for (int i = 0; i < values.Length; i++) values[i] = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(values[i]);
    }
}

/// <summary>The rows one parse block writes into a <see cref="Utf8TextStore"/>; papers refer to their text by block and row.</summary>
internal sealed class Utf8TextBlock
{
    private readonly Utf8TextStore _store;
    private readonly int _capacity;
    private int _start;
    private int[] _ends = new int[64];

    internal Utf8TextBlock(Utf8TextStore store, int start, int capacity) => (_store, _start, _capacity) = (store, start, capacity);

    public Utf8TextStore Store => _store;

    /// <summary>The rows written.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes written.</summary>
    public int Used => Count == 0 ? 0 : _ends[Count - 1];

    /// <summary>The store row of this block's first row, once the store is sealed.</summary>
    public int FirstRow { get; private set; }

    /// <summary>Appends <paramref name="text"/> as the next row and returns it; false when the block has no room for it.</summary>
    public bool TryAppend(ReadOnlySpan<byte> text, out int row)
    {
        row = Count;
        if (text.Length > _capacity - Used) return false;
        text.CopyTo(_store.Buffer.AsSpan(_start + Used));
        if (Count == _ends.Length) Array.Resize(ref _ends, Count * 2);
        _ends[Count] = Used + text.Length;
        Count++;
        return true;
    }

    /// <summary>Appends <paramref name="text"/>, encoded as UTF-8 straight into the store, as the next row; false when
    /// the block has no room for it.</summary>
    public bool TryAppend(ReadOnlySpan<char> text, out int row)
    {
        row = Count;
        if (!System.Text.Encoding.UTF8.TryGetBytes(text, _store.Buffer.AsSpan(_start + Used, _capacity - Used), out int written)) return false;
        if (Count == _ends.Length) Array.Resize(ref _ends, Count * 2);
        _ends[Count] = Used + written;
        Count++;
        return true;
    }

    public ReadOnlySpan<byte> Bytes(int row)
    {
        int from = row == 0 ? 0 : _ends[row - 1];
        return _store.Buffer.AsSpan(_start + from, _ends[row] - from);
    }

    /// <summary>Moves the rows to <paramref name="start"/> (never after where they are) and writes their store offsets.</summary>
    internal void MoveTo(int start, int firstRow, Span<int> offsets)
    {
        if (start != _start) _store.Buffer.AsSpan(_start, Used).CopyTo(_store.Buffer.AsSpan(start));
        _start = start;
        FirstRow = firstRow;
        for (int row = 0; row < Count; row++) offsets[row] = start + (row == 0 ? 0 : _ends[row - 1]);
        if (_ends.Length > Count) Array.Resize(ref _ends, Count);
    }
}
