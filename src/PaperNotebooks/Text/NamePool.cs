namespace PaperNotebooks.Text;

/// <summary>
/// One string per distinct name among the papers a reading thread makes: an author on a thousand papers is held once,
/// not a thousand times, which in a listing of a million papers saves hundreds of megabytes and the collector's
/// work of keeping them. Each name held has a number, and a paper's list of names is kept as their numbers
/// (<see cref="PooledNames"/>), so that counting authors later looks names up by number instead of hashing them.
/// One writer: one pool per thread. Past <see cref="MaxNames"/> distinct names it stops adding and only shares the
/// names it holds.
/// </summary>
internal sealed class NamePool
{
    private const int MaxNames = 1 << 20;

    // The look-up table, null once sealed: open-addressed, at most half full, a slot the name's hash in its high half
    // and its number + 1 in its low half (0: empty). Our own rather than a dictionary looked up by span: .NET has no code
    // compiled ahead for that look-up, and in a notebook kernel it ran unoptimised for much of a large read (its
    // optimising waits behind the kernel's own methods), a third of a second of CPU at 1M papers.
    private ulong[]? _slots;
    private string[] _names;
    private uint[] _keyHashes;
    private char[] _keyBuffer = new char[64];
    private int _count;

    /// <param name="expectedNames">About how many distinct names it will hold: a pool for a large read is made that
    /// large at once, because each time its arrays double past 85,000 bytes they are allocated on the large object
    /// heap, which the runtime answers with a full, blocking collection of the heap the read is filling.</param>
    public NamePool(int expectedNames = 256)
    {
        int capacity = Math.Clamp(expectedNames, 256, MaxNames);
        _slots = new ulong[SlotsFor(capacity)];
        _names = new string[capacity];
        _keyHashes = new uint[capacity];
    }

    /// <summary>What a pool for a thread reading <paramref name="bytes"/> of a listing expects: a name for every 4 KB,
    /// which the distinct authors of a listing with abstracts stay under (a million synthetic papers, 1.85 GB: 390,000
    /// on each of two threads); a listing without abstracts grows its pools a few times more.</summary>
    public static int ExpectedFor(long bytes) => (int)Math.Clamp(bytes / 4096, 256, MaxNames);

    /// <summary>How many names the pool holds; their numbers are 0 to one less.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The name with this number.</summary>
    public string this[int number] => Volatile.Read(ref _names)[number];

    /// <summary>The hash of the person key of the name with this number (<see cref="Analytics.AuthorIdentity.KeyHash"/>),
    /// worked out as the name was added, while it was in the cache: the author count groups names by it.</summary>
    public uint KeyHashOf(int number) => Volatile.Read(ref _keyHashes)[number];

    public string Share(string name) => Number(name) is int number and >= 0 ? _names[number] : name;

    /// <summary>The names, each replaced by the pool's copy, in a list of exactly their count.</summary>
    public IReadOnlyList<string> Share(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return [];
        var shared = new string[names.Count];
        for (int i = 0; i < shared.Length; i++) shared[i] = Share(names[i]);
        return shared;
    }

    /// <summary>Like <see cref="Share(IReadOnlyList{string})"/>, but held as the names' numbers when the pool holds
    /// every one of them: for authors, whom the author table counts by number. The numbers of successive lists sit side
    /// by side in shared chunks on the pinned object heap: one object a paper instead of two, which the collector would
    /// copy twice during a read, and chunks it never copies.</summary>
    public IReadOnlyList<string> ShareNumbered(IReadOnlyList<string> names)
    {
        if (names is PooledNames pooled && pooled.Pool == this) return names;
        if (names.Count == 0) return [];
        var (held, start) = Room(names.Count);
        // Written where the next list goes; a list that falls back to strings leaves the place to the next one.
        var numbers = held.AsSpan(start, names.Count);
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = Number(names[i]);
            if (numbers[i] < 0) return Share(names);
        }
        return Hold(held, start, names.Count);
    }

    /// <summary>Like <see cref="ShareNumbered(IReadOnlyList{string})"/> for the names at <paramref name="names"/> in
    /// <paramref name="text"/>, without making a string of a name the pool holds already: a reader's authors, many of
    /// whom are on other papers of the same read.</summary>
    public IReadOnlyList<string> ShareNumbered(ReadOnlySpan<char> text, ReadOnlySpan<Range> names)
    {
        if (names.IsEmpty) return [];
        var (held, start) = Room(names.Length);
        var numbers = held.AsSpan(start, names.Length);
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = Number(text[names[i]]);
            if (numbers[i] < 0)
            {
                // Full or sealed: strings, the pool's own for the names it holds, as Share gives.
                return ListOf(text, names);
            }
        }
        return Hold(held, start, names.Length);
    }

    /// <summary>
    /// The names at <paramref name="items"/> in <paramref name="text"/> as one list that every paper with the same
    /// <paramref name="text"/> shares: for a paper's affiliations, which a listing repeats on most of a lab's papers
    /// ("microsoft-research"). A million papers hold a few thousand such lists instead of two objects each (a list and
    /// its wrapper), and the read makes no strings for them. Past <see cref="MaxLists"/> distinct texts, or once
    /// sealed, a list of the pool's names is made for each paper.
    /// </summary>
    public IReadOnlyList<string> ShareList(ReadOnlySpan<char> text, ReadOnlySpan<Range> items)
    {
        if (items.IsEmpty) return [];
        if (_slots is null) return ListOf(text, items);   // sealed
        if (_listSlots.Length == 0) (_listSlots, _sharedLists) = (new ulong[64], new (string, Model.ValueList<string>)[32]);
        uint hash = (uint)string.GetHashCode(text);
        int slot = ListSlot(text, hash);
        if (_listSlots[slot] != 0) return _sharedLists[(int)(uint)_listSlots[slot] - 1].List;
        var list = ListOf(text, items);
        if (_sharedListCount == MaxLists) return list;
        _sharedLists[_sharedListCount++] = (text.ToString(), list);
        _listSlots[slot] = ((ulong)hash << 32) | (uint)_sharedListCount;
        if (_sharedListCount == _sharedLists.Length && _sharedListCount < MaxLists) GrowLists();
        return list;
    }

    // The slot of the list for text, or the empty slot where it would go.
    private int ListSlot(ReadOnlySpan<char> text, uint hash)
    {
        int mask = _listSlots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        for (ulong entry; (entry = _listSlots[slot]) != 0; slot = (slot + 1) & mask)
        {
            if ((uint)(entry >> 32) == hash && text.SequenceEqual(_sharedLists[(int)(uint)entry - 1].Text)) break;
        }
        return slot;
    }

    private void GrowLists()
    {
        Array.Resize(ref _sharedLists, 2 * _sharedLists.Length);
        var old = _listSlots;
        _listSlots = new ulong[2 * old.Length];
        foreach (ulong entry in old)
        {
            if (entry == 0) continue;
            int slot = ListSlot(_sharedLists[(int)(uint)entry - 1].Text, (uint)(entry >> 32));
            _listSlots[slot] = entry;
        }
    }

    // The names at items in text as strings, the pool's own for the names it holds.
    private Model.ValueList<string> ListOf(ReadOnlySpan<char> text, ReadOnlySpan<Range> items)
    {
        var names = new string[items.Length];
        for (int i = 0; i < names.Length; i++)
            names[i] = Number(text[items[i]]) is int number and >= 0 ? _names[number] : text[items[i]].ToString();
        return Model.ValueList<string>.Of(names);
    }

    // At most this many distinct lists are shared (a table of at most 1 MB): a listing's affiliation lists are far
    // fewer than its papers, and one made of random words must not grow the table with the papers.
    private const int MaxLists = 1 << 15;
    private ulong[] _listSlots = [];
    private (string Text, Model.ValueList<string> List)[] _sharedLists = [];
    private int _sharedListCount;

    /// <summary>Where a list of <paramref name="count"/> numbers goes: the current chunk, a new one, or (for a list
    /// longer than a chunk) an array of its own.</summary>
    private (int[] Held, int Start) Room(int count)
    {
        if (count > ListChunk) return (new int[count], 0);
        if (_lists.Length - _listsUsed < count)
        {
            _lists = GC.AllocateUninitializedArray<int>(ListChunk, pinned: true);
            _listsUsed = 0;
        }
        return (_lists, _listsUsed);
    }

    private PooledNames Hold(int[] held, int start, int count)
    {
        if (held == _lists) _listsUsed += count;
        return new PooledNames(this, held, start, count);
    }

    // The numbers of the lists, a chunk at a time (64 KB: the pinned heap's allocations are for large, long-lived buffers).
    private const int ListChunk = 16 << 10;
    private int[] _lists = [];
    private int _listsUsed;

    /// <summary>Ends the adding: the look-up table goes (the names stay, for the lists that hold their numbers), and
    /// names shared after this are kept as they are.</summary>
    public void Seal()
    {
        _slots = null;
        _keyBuffer = [];
        (_listSlots, _sharedLists) = ([], []);
        if (_names.Length > _count)
        {
            Volatile.Write(ref _keyHashes, _keyHashes[.._count]);
            Volatile.Write(ref _names, _names[.._count]);
        }
    }

    /// <returns>The name's number, adding it while there is room; -1 once the pool is full or sealed.</returns>
    private int Number(string name) => Number(name.AsSpan(), name);

    /// <returns>The number of the name written <paramref name="name"/>, adding it (a string made only then, unless
    /// <paramref name="asString"/> is it already) while there is room; -1 once the pool is full or sealed.</returns>
    private int Number(ReadOnlySpan<char> name, string? asString = null)
    {
        if (_slots is not { } slots) return -1;
        // Randomised per process, so that no file can make its names collide.
        uint hash = (uint)string.GetHashCode(name);
        int mask = slots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        for (ulong entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask)
        {
            if ((uint)(entry >> 32) == hash && name.SequenceEqual(_names[(int)(uint)entry - 1])) return (int)(uint)entry - 1;
        }
        if (_count >= MaxNames) return -1;
        int number = Add(asString ?? name.ToString());
        slots[slot] = ((ulong)hash << 32) | (uint)(number + 1);
        if (2 * _count > slots.Length) Grow();
        return number;
    }

    private static int SlotsFor(int names) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * names));

    private void Grow()
    {
        var slots = new ulong[2 * _slots!.Length];
        int mask = slots.Length - 1;
        foreach (ulong entry in _slots)
        {
            if (entry == 0) continue;
            int slot = (int)((uint)(entry >> 32) & (uint)mask);
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = entry;
        }
        _slots = slots;
    }

    private int Add(string name)
    {
        if (_count == _names.Length)
        {
            var larger = new string[_names.Length * 2];
            Array.Copy(_names, larger, _count);
            var hashes = new uint[larger.Length];
            Array.Copy(_keyHashes, hashes, _count);
            Volatile.Write(ref _keyHashes, hashes);
            Volatile.Write(ref _names, larger);
        }
        _names[_count] = name;
        _keyHashes[_count] = Analytics.AuthorIdentity.KeyHash(name, ref _keyBuffer);
        Volatile.Write(ref _count, _count + 1);
        return _count - 1;
    }
}

/// <summary>A list of names held as their numbers in a <see cref="NamePool"/>: smaller than the strings' references,
/// and a reader of authors can tell two names apart by number. A value list itself, so that a paper holds it as it is.</summary>
internal sealed class PooledNames(NamePool pool, int[] chunk, int start, int count) : Model.ValueList<string>
{
    public NamePool Pool => pool;

    public ReadOnlySpan<int> Numbers => chunk.AsSpan(start, count);

    public override int Count => count;

    public override string this[int index] => (uint)index < (uint)count ? pool[chunk[start + index]] : throw new ArgumentOutOfRangeException(nameof(index));

    public override IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < count; i++) yield return pool[chunk[start + i]];
    }
}
