using PaperNotebooks.Sources;

namespace PaperNotebooks.Text;

/// <summary>
/// UTF-8 texts in one array, one row each, in the order of the blocks that wrote them: the abstracts of a listing.
/// The array is the size of the stretch of file it serves and is not zeroed, so pages no block writes are never
/// touched. Each parse block writes its texts in the part of the array that matches its own bytes in the file (a text
/// read from a block is never longer than the block), on its own thread, with no locking; <see cref="Seal"/> then
/// moves them together in block order, numbers the rows, and gives back the pages past the end. Sealed, the array and
/// <see cref="Offsets"/> are an Arrow string column's buffers, which the papers' DataFrame wraps without copying.
/// A store of <see cref="SpilledTexts.SpillFrom"/> bytes or more keeps its texts in a temporary file instead
/// (<see cref="SpilledTexts"/>): each block writes at the same place in the file, through a small buffer, and the rows
/// are read through a mapping of the file, where <see cref="Seal"/> moves them together as in an array.
/// </summary>
internal sealed class Utf8TextStore
{
    private readonly byte[]? _buffer;
    private readonly SpilledTexts? _spilled;
    private readonly List<Utf8TextBlock> _blocks = [];
    private byte[]? _offsets;
    private volatile bool _sealed;
    private volatile Task? _sealing;
    private int _rows, _length;

    public Utf8TextStore(int capacity)
    {
        _spilled = SpilledTexts.TryCreate(capacity);
        if (_spilled is null) _buffer = GC.AllocateUninitializedArray<byte>(capacity);
    }

    /// <summary>The most bytes one store serves: what one array holds.</summary>
    public static int MaxCapacity => Array.MaxLength;

    /// <summary>The array of a store in memory.</summary>
    internal byte[] Buffer => _buffer ?? throw new InvalidOperationException("The store's texts are in a file.");

    /// <summary>The file of a store that spilled, else null.</summary>
    internal SpilledTexts? Spilled => _spilled;

    /// <summary>The rows, once sealed.</summary>
    public int Rows => Sealed()._rows;

    /// <summary>The bytes the rows take, once sealed.</summary>
    public int Length => Sealed()._length;

    /// <summary>Once sealed, the rows' start offsets and the end, as little-endian 32-bit integers (Arrow's layout).</summary>
    public ReadOnlyMemory<byte> Offsets => Sealed()._offsets ?? throw new InvalidOperationException("The store is not sealed.");

    public bool IsSealed => _sealed;

    /// <summary>This store, once a seal in the background (<see cref="SealAllInBackground"/>) has ended; its failure, if
    /// it failed. Readers of the rows come here first, so none reads while the rows move; one that waits gives the
    /// seal its priority back, unless it is background work itself.</summary>
    internal Utf8TextStore Sealed()
    {
        if (!_sealed && _sealing is { } sealing)
        {
            if (!sealing.IsCompleted) Search.BackgroundPriority.HurryForForeground();
            sealing.GetAwaiter().GetResult();
        }
        return this;
    }

    /// <summary>
    /// Where each parse block of a file keeps its texts, for blocks given in file order as they are cut (a file read
    /// ahead of its parse learns its blocks one at a time): consecutive blocks share a store that takes the rest of the
    /// file, up to what one array holds, so that a file of up to 2 GB has all its texts in one store; a block too large
    /// for any store gets none (null) and keeps its texts as strings. Not thread-safe: one thread cuts.
    /// </summary>
    internal sealed class ForFile(long length)
    {
        private Utf8TextStore? _store;
        private long _first, _capacity;

        /// <summary>The block for the bytes from <paramref name="start"/> to <paramref name="end"/> of the file.</summary>
        public Utf8TextBlock? Next(long start, long end)
        {
            if (end - start > MaxCapacity) return null;
            if (_store is null || end - _first > _capacity)
            {
                (_first, _capacity) = (start, Math.Min(MaxCapacity, Math.Max(length, end) - start));
                _store = new Utf8TextStore((int)_capacity);
            }
            return _store.Block((int)(start - _first), (int)(end - start));
        }
    }

    /// <summary>Seals the stores of <see cref="ForFile"/>'s blocks, once every block is written.</summary>
    public static void SealAll(IEnumerable<Utf8TextBlock?> blocks)
    {
        foreach (var store in blocks.OfType<Utf8TextBlock>().Select(block => block.Store).Distinct()) store.Seal();
    }

    /// <summary>
    /// <see cref="SealAll"/> on a thread of its own, once every block is written (and before anything but the blocks'
    /// own parser can read a row): moving a large store's rows together takes a while on one core (most of a second
    /// for the 1.2 GB of a million abstracts), while the reader makes ids unique on the other and hands the papers out.
    /// A row read meanwhile waits for the seal (<see cref="Sealed"/>). The returned task ends with the seal, failed if
    /// it failed (a store whose file cannot be mapped does not fail: it keeps its rows where they are).
    /// </summary>
    public static Task SealAllInBackground(IEnumerable<Utf8TextBlock?> blocks)
    {
        var stores = blocks.OfType<Utf8TextBlock>().Select(block => block.Store).Distinct().Where(store => !store.IsSealed).ToList();
        if (stores.Count == 0) return Task.CompletedTask;
        // At a lower priority, as the search index built after a load is: the notebook's next cells read no text.
        var sealing = new Task(() => Search.BackgroundPriority.Run(() =>
        {
            foreach (var store in stores) store.Seal();
        }), TaskCreationOptions.LongRunning);
        foreach (var store in stores) store._sealing = sealing;
        sealing.Start(TaskScheduler.Default);
        return sealing;
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
        foreach (var block in _blocks) block.Finish();
        // A spilled store is moved together in its file, through a writable mapping, like an array: the file's pages
        // are in the system's cache, and the DataFrame then wraps the mapping as it wraps an array.
        Span<byte> whole;
        if (_spilled is null) whole = _buffer.AsSpan();
        else if (!_spilled.TryMapForMoving(out whole))
        {
            // A file that cannot be mapped keeps its rows where the blocks wrote them, read back from it one by one:
            // slower, and not in Arrow's layout (the DataFrame copies them), but every text is still there.
            int first = 0;
            foreach (var block in _blocks)
            {
                block.StayAt(first);
                first += block.Count;
            }
            (_rows, _length) = (rows, _blocks.Sum(block => block.Used));
            _sealed = true;
            return;
        }
        var offsets = new byte[(rows + 1) * sizeof(int)];
        var starts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(offsets.AsSpan());
        int length = 0, row = 0;
        foreach (var block in _blocks)
        {
            block.MoveTo(whole, length, row, starts[row..]);
            _spilled?.Touched(block.Used); // moving maps the file's pages; they go back as they would when read
            length += block.Used;
            row += block.Count;
        }
        starts[rows] = length;
        if (!BitConverter.IsLittleEndian) ToLittleEndian(starts);
        (_rows, _length, _offsets) = (rows, length, offsets);
        _sealed = true;
        if (_spilled is null) MappedPages.Discard(_buffer!, length);
        else _spilled.Moved();
    }

    /// <summary>Once sealed, whether the rows lie together in Arrow's layout (<see cref="Values"/>, <see cref="Offsets"/>):
    /// always, but for a spilled store whose file could not be mapped.</summary>
    public bool InArrowLayout => Sealed()._offsets is not null;

    /// <summary>The sealed rows' bytes, which <see cref="Offsets"/> index: the array, or the file's mapping.</summary>
    public ReadOnlyMemory<byte> Values =>
        !InArrowLayout ? throw new InvalidOperationException("The store is not sealed in Arrow's layout.")
        : _spilled is null ? _buffer.AsMemory(0, Length) : _spilled.Memory(Length);

    private static void ToLittleEndian(Span<int> values)
    {
        for (int i = 0; i < values.Length; i++) values[i] = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(values[i]);
    }
}

/// <summary>The rows one parse block writes into a <see cref="Utf8TextStore"/>; papers refer to their text by block and row.</summary>
internal sealed class Utf8TextBlock
{
    // What a block of a spilled store gathers before it writes to the file.
    private const int PendingSize = 256 << 10;

    private readonly Utf8TextStore _store;
    private readonly int _capacity;
    private int _start;
    private int[] _ends = new int[64];
    private byte[]? _pending;   // spilled: the bytes from _written on, not yet in the file
    private int _written;

    internal Utf8TextBlock(Utf8TextStore store, int start, int capacity) => (_store, _start, _capacity) = (store, start, capacity);

    public Utf8TextStore Store => _store;

    /// <summary>The rows written.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes written.</summary>
    public int Used => Count == 0 ? 0 : _ends[Count - 1];

    /// <summary>The store row of this block's first row, once the store is sealed.</summary>
    public int FirstRow
    {
        get
        {
            if (!_store.IsSealed) _store.Sealed();
            return _firstRow;
        }
    }

    private int _firstRow;

    /// <summary>Appends <paramref name="text"/> as the next row and returns it; false when the block has no room for it.</summary>
    public bool TryAppend(ReadOnlySpan<byte> text, out int row)
    {
        row = Count;
        if (text.Length > _capacity - Used) return false;
        if (_store.Spilled is { } file) Spill(text, file);
        else text.CopyTo(_store.Buffer.AsSpan(_start + Used));
        Add(text.Length);
        return true;
    }

    /// <summary>Appends <paramref name="text"/>, encoded as UTF-8 straight into the store, as the next row; false when
    /// the block has no room for it.</summary>
    public bool TryAppend(ReadOnlySpan<char> text, out int row)
    {
        row = Count;
        int written;
        if (_store.Spilled is { } file)
        {
            written = System.Text.Encoding.UTF8.GetByteCount(text);
            if (written > _capacity - Used) return false;
            if (written <= PendingSize)
            {
                var pending = Room(written, file);
                System.Text.Encoding.UTF8.GetBytes(text, pending);
            }
            else Spill(System.Text.Encoding.UTF8.GetBytes(text.ToArray()), file);
        }
        else if (!System.Text.Encoding.UTF8.TryGetBytes(text, _store.Buffer.AsSpan(_start + Used, _capacity - Used), out written)) return false;
        Add(written);
        return true;
    }

    private void Add(int length)
    {
        if (Count == _ends.Length) Array.Resize(ref _ends, Count * 2);
        _ends[Count] = Used + length;
        Count++;
    }

    private void Spill(ReadOnlySpan<byte> text, SpilledTexts file)
    {
        if (text.Length > PendingSize)
        {
            Flush(file);
            file.Write(text, (long)_start + Used);
            _written = Used + text.Length;
            return;
        }
        text.CopyTo(Room(text.Length, file));
    }

    /// <summary>Where the next <paramref name="length"/> bytes (at most <see cref="PendingSize"/>) go before the file.</summary>
    private Span<byte> Room(int length, SpilledTexts file)
    {
        if (Used - _written + length > PendingSize) Flush(file);
        _pending ??= System.Buffers.ArrayPool<byte>.Shared.Rent(PendingSize);
        return _pending.AsSpan(Used - _written, length);
    }

    private void Flush(SpilledTexts file)
    {
        if (Used > _written) file.Write(_pending.AsSpan(0, Used - _written), (long)_start + _written);
        _written = Used;
    }

    /// <summary>Writes what is pending and lets its buffer go, when the block has been read; a row appended later
    /// (a boundary settled after every block was read) takes a buffer again.</summary>
    public void Finish()
    {
        if (_store.Spilled is not { } file) return;
        Flush(file);
        if (_pending is { } pending) System.Buffers.ArrayPool<byte>.Shared.Return(pending);
        _pending = null;
    }

    /// <summary>The length of <paramref name="row"/> in bytes, without reading it (a spilled store's pages stay unmapped).</summary>
    public int Length(int row) => _ends[row] - (row == 0 ? 0 : _ends[row - 1]);

    public ReadOnlySpan<byte> Bytes(int row)
    {
        if (!_store.IsSealed) _store.Sealed();
        int from = row == 0 ? 0 : _ends[row - 1], length = _ends[row] - from;
        if (_store.Spilled is not { } file) return _store.Buffer.AsSpan(_start + from, length);
        if (file.IsMapped) return file.Bytes((long)_start + from, length);
        // Before the store is sealed (rare: the texts are read once the file is read): pending, or back from the file.
        return from >= _written ? _pending.AsSpan(from - _written, length) : file.ReadBack((long)_start + from, length);
    }

    /// <summary>Numbers the rows from <paramref name="firstRow"/> where they are, for a store that cannot move them.</summary>
    internal void StayAt(int firstRow) => _firstRow = firstRow;

    /// <summary>Moves the rows within <paramref name="whole"/> (the store's bytes) to <paramref name="start"/> (never
    /// after where they are) and writes their store offsets.</summary>
    internal void MoveTo(Span<byte> whole, int start, int firstRow, Span<int> offsets)
    {
        if (start != _start) whole.Slice(_start, Used).CopyTo(whole[start..]);
        _start = start;
        _firstRow = firstRow;
        for (int row = 0; row < Count; row++) offsets[row] = start + (row == 0 ? 0 : _ends[row - 1]);
        if (_ends.Length > Count) Array.Resize(ref _ends, Count);
    }
}
