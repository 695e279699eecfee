using System.Numerics;

namespace PaperNotebooks.Model;

/// <summary>
/// The rows of a set's papers by id, ignoring case: one 8-byte slot a row in an open-addressed table, each slot the
/// id's hash and its row; the ids stay where they are, in the papers, and are compared only when hashes match. Made
/// for a million ids taken in row order at the end of a read: with each id's hash worked out where the paper was made
/// (<see cref="Hash"/>, on the core that read it), taking an id is one look into the table, not a string hashed and
/// compared in a dictionary of strings three times the size.
/// </summary>
internal sealed class IdIndex
{
    private readonly Func<int, string> _idOfRow;
    private ulong[] _slots;
    private int _count;

    /// <param name="idOfRow">The id the set has at a row taken (rows are compared through it, not kept twice).</param>
    /// <param name="capacity">How many ids it will take, to size the table once.</param>
    public IdIndex(Func<int, string> idOfRow, int capacity)
    {
        _idOfRow = idOfRow;
        _slots = Cleared<ulong>(SlotsFor(capacity));
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

    public int Count => _count;

    /// <summary>Takes <paramref name="id"/> (whose <see cref="Hash"/> is <paramref name="hash"/>) for <paramref name="row"/>
    /// unless a row has it already, ignoring case: then false.</summary>
    public bool TryAdd(string id, int hash, int row) => TryAdd(id, hash, row, out _);

    /// <summary><see cref="TryAdd(string, int, int)"/>, and when the id is taken, <paramref name="holder"/> is the row that has it.</summary>
    public bool TryAdd(string id, int hash, int row, out int holder)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        if (2L * (_count + 1) > _slots.Length) Grow();
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ulong entry = _slots[slot];
            if (entry == 0)
            {
                _slots[slot] = Entry(hash, row);
                _count++;
                holder = -1;
                return true;
            }
            if (HashOf(entry) == hash && Same(RowOf(entry), id))
            {
                holder = RowOf(entry);
                return false;
            }
        }
    }

    /// <summary>The row that has <paramref name="id"/>, ignoring case.</summary>
    public bool TryGetRow(string id, out int row)
    {
        int hash = Hash(id), mask = _slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ulong entry = _slots[slot];
            if (entry == 0) break;
            if (HashOf(entry) == hash && Same(RowOf(entry), id))
            {
                row = RowOf(entry);
                return true;
            }
        }
        row = -1;
        return false;
    }

    private bool Same(int row, string id) => string.Equals(_idOfRow(row), id, StringComparison.OrdinalIgnoreCase);

    // A slot is the hash in its high half and the row + 1 in its low half: 0 is an empty slot.
    private static ulong Entry(int hash, int row) => ((ulong)(uint)hash << 32) | (uint)(row + 1);

    private static int HashOf(ulong entry) => (int)(entry >> 32);

    private static int RowOf(ulong entry) => (int)(uint)entry - 1;

    // At most half the slots are used, so a look finds an empty slot soon.
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
