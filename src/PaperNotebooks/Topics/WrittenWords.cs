using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperNotebooks.Topics;

/// <summary>
/// Words as written (ordinal) with their stem and form ids: the vocabulary's first look-up for every word of every
/// paper. Open addressing over a table of entries, with a hash of four characters at a time worked out inline: a
/// <see cref="Dictionary{TKey, TValue}"/> with a span look-up calls its comparer through an interface twice a word,
/// which cost more than the look-up itself.
/// </summary>
internal sealed class WrittenWords
{
    private struct Entry
    {
        public int Hash;
        public int Stem;
        public int Form;
        public string Text;
    }

    private int[] _slots = new int[1 << 12]; // entry index + 1; 0 is empty
    private Entry[] _entries = new Entry[1 << 11];
    private int _shift = 32 - 12;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> written, out (int Stem, int Form) ids)
    {
        int hash = Hash(written);
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int at = Slot(hash); ; at = (at + 1) & mask)
        {
            int entry = slots[at] - 1;
            if (entry < 0) break;
            ref var found = ref _entries[entry];
            if (found.Hash == hash && written.SequenceEqual(found.Text))
            {
                ids = (found.Stem, found.Form);
                return true;
            }
        }
        ids = default;
        return false;
    }

    /// <summary>Adds a word not in the table.</summary>
    public void Add(string written, (int Stem, int Form) ids)
    {
        if (Count == _entries.Length) Array.Resize(ref _entries, 2 * _entries.Length);
        if (2 * (Count + 1) > _slots.Length) Grow();
        int hash = Hash(written);
        _entries[Count] = new Entry { Hash = hash, Stem = ids.Stem, Form = ids.Form, Text = written };
        Place(hash, Count + 1);
        Count++;
    }

    /// <summary>The words and their ids, in the order they were added.</summary>
    public IEnumerable<(string Written, (int Stem, int Form) Ids)> Entries()
    {
        for (int entry = 0; entry < Count; entry++) yield return (_entries[entry].Text, (_entries[entry].Stem, _entries[entry].Form));
    }

    private int Slot(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> _shift);

    private void Place(int hash, int entryPlusOne)
    {
        int mask = _slots.Length - 1;
        int at = Slot(hash);
        while (_slots[at] != 0) at = (at + 1) & mask;
        _slots[at] = entryPlusOne;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        _shift--;
        for (int entry = 0; entry < Count; entry++) Place(_entries[entry].Hash, entry + 1);
    }

    /// <summary>A hash of the characters, four at a time.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        ulong hash = (ulong)text.Length * 0x9E3779B97F4A7C15UL;
        int at = 0;
        for (; at + 8 <= bytes.Length; at += 8)
            hash = BitOperations.RotateLeft((hash ^ MemoryMarshal.Read<ulong>(bytes[at..])) * 0xFF51AFD7ED558CCDUL, 29);
        if (at < bytes.Length)
        {
            // Three characters at most.
            ulong tail = 0;
            if (bytes.Length - at >= 4)
            {
                tail = MemoryMarshal.Read<uint>(bytes[at..]);
                at += 4;
            }
            if (at < bytes.Length) tail |= (ulong)MemoryMarshal.Read<ushort>(bytes[at..]) << 32;
            hash = BitOperations.RotateLeft((hash ^ tail) * 0xFF51AFD7ED558CCDUL, 29);
        }
        return (int)(hash ^ (hash >> 32));
    }
}
