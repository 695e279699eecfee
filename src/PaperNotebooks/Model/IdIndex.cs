using System.Numerics;

namespace PaperNotebooks.Model;

/// <summary>
/// The rows of a set's papers by id, ignoring case: one 8-byte slot a row in an open-addressed table, each slot the
/// id's hash and its row; the ids stay where they are, in the papers, and are compared only when hashes match. Made
/// for a million ids taken at the end of a read: with each id's hash worked out where the paper was made
/// (<see cref="Hash"/>, on the core that read it), taking an id is one look into the table, not a string hashed and
/// compared in a dictionary of strings three times the size. A large set's table is cut in shards by the hashes' top
/// bits, so that each core takes the ids of its own shard (<see cref="PaperKey"/>).
/// </summary>
internal sealed class IdIndex
{
    private readonly Func<int, string> _idOfRow;
    private readonly Shard[] _shards;
    private readonly int _shardBits;

    /// <param name="idOfRow">The id the set has at a row taken (rows are compared through it, not kept twice).</param>
    /// <param name="capacity">How many ids it will take, to size the table once.</param>
    /// <param name="shards">How many tables the ids are spread over by their hash (a power of two): ids of different
    /// shards may be taken on different threads at once (<see cref="ShardOf"/>).</param>
    public IdIndex(Func<int, string> idOfRow, int capacity, int shards = 1)
    {
        if (shards < 1 || !BitOperations.IsPow2(shards)) throw new ArgumentOutOfRangeException(nameof(shards));
        _idOfRow = idOfRow;
        _shardBits = BitOperations.Log2((uint)shards);
        _shards = new Shard[shards];
        for (int s = 0; s < shards; s++) _shards[s] = new Shard(capacity / shards);
    }

    /// <summary>
    /// An array of zeros written as zeros: a large new array comes from pages the system has not given yet, which the
    /// runtime knows are zero and leaves alone; the table's first look at such a page maps the system's shared zero
    /// page, and its first write then replaces it, flushing the other cores' address caches (one interrupt each, a
    /// tenth of a second over a million ids' 16 MB). Written first, each page is simply given.
    /// </summary>
    internal static T[] Cleared<T>(int length) where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length);
        Array.Clear(array);
        return array;
    }

    /// <summary>The hash <see cref="TryAdd(string, int, int)"/> and <see cref="TryGetRow"/> take: equal for ids equal ignoring case.</summary>
    public static int Hash(string id) => string.GetHashCode(id, StringComparison.OrdinalIgnoreCase);

    public int Count => _shards.Sum(shard => shard.Count);

    /// <summary>How many shards the ids are spread over.</summary>
    public int ShardCount => _shards.Length;

    /// <summary>The shard of an id with this hash: its top bits (a slot within the shard is found from its low bits).</summary>
    public int ShardOf(int hash) => _shardBits == 0 ? 0 : (int)((uint)hash >> (32 - _shardBits));

    /// <summary>Takes <paramref name="id"/> (whose <see cref="Hash"/> is <paramref name="hash"/>) for <paramref name="row"/>
    /// unless a row has it already, ignoring case: then false.</summary>
    public bool TryAdd(string id, int hash, int row) => TryAdd(id, hash, row, out _);

    /// <summary><see cref="TryAdd(string, int, int)"/>, and when the id is taken, <paramref name="holder"/> is the row that has it.</summary>
    public bool TryAdd(string id, int hash, int row, out int holder)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        return _shards[ShardOf(hash)].TryAdd(id, hash, row, this, out holder);
    }

    /// <summary>Gives the id (whose hash is <paramref name="hash"/>) that row <paramref name="from"/> has to row
    /// <paramref name="to"/>, which now has it too.</summary>
    public void Move(int hash, int from, int to) => _shards[ShardOf(hash)].Move(hash, from, to);

    /// <summary>The row that has <paramref name="id"/>, ignoring case.</summary>
    public bool TryGetRow(string id, out int row)
    {
        int hash = Hash(id);
        return _shards[ShardOf(hash)].TryGetRow(id, hash, this, out row);
    }

    private bool Same(int row, string id) => string.Equals(_idOfRow(row), id, StringComparison.OrdinalIgnoreCase);

    // A slot is the hash in its high half and the row + 1 in its low half: 0 is an empty slot.
    private static ulong Entry(int hash, int row) => ((ulong)(uint)hash << 32) | (uint)(row + 1);

    private static int HashOf(ulong entry) => (int)(entry >> 32);

    private static int RowOf(ulong entry) => (int)(uint)entry - 1;

    /// <summary>One open-addressed table: at most half its slots used, so a look finds an empty slot soon.</summary>
    private sealed class Shard(int capacity)
    {
        private ulong[] _slots = Cleared<ulong>(SlotsFor(capacity));

        public int Count { get; private set; }

        public bool TryAdd(string id, int hash, int row, IdIndex index, out int holder)
        {
            if (2L * (Count + 1) > _slots.Length) Grow();
            int mask = _slots.Length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                ulong entry = _slots[slot];
                if (entry == 0)
                {
                    _slots[slot] = Entry(hash, row);
                    Count++;
                    holder = -1;
                    return true;
                }
                if (HashOf(entry) == hash && index.Same(RowOf(entry), id))
                {
                    holder = RowOf(entry);
                    return false;
                }
            }
        }

        public void Move(int hash, int from, int to)
        {
            int mask = _slots.Length - 1;
            for (int slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
            {
                if (_slots[slot] == Entry(hash, from))
                {
                    _slots[slot] = Entry(hash, to);
                    return;
                }
            }
            throw new InvalidOperationException("The row does not hold the id.");
        }

        public bool TryGetRow(string id, int hash, IdIndex index, out int row)
        {
            int mask = _slots.Length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                ulong entry = _slots[slot];
                if (entry == 0) break;
                if (HashOf(entry) == hash && index.Same(RowOf(entry), id))
                {
                    row = RowOf(entry);
                    return true;
                }
            }
            row = -1;
            return false;
        }

        private static int SlotsFor(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * Math.Max(count, 1)));

        private void Grow()
        {
            var old = _slots;
            _slots = Cleared<ulong>(2 * old.Length);
            int mask = _slots.Length - 1;
            foreach (ulong entry in old)
            {
                if (entry == 0) continue;
                int slot = HashOf(entry) & mask;
                while (_slots[slot] != 0) slot = (slot + 1) & mask;
                _slots[slot] = entry;
            }
        }
    }
}
