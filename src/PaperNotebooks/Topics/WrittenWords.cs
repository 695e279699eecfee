using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperNotebooks.Topics;

/// <summary>
/// Words as written (ordinal) with their stem and form ids: the vocabulary's first look-up for every word of every
/// paper. Open addressing over a table of entries, with a hash of four characters at a time worked out inline: a
/// <see cref="Dictionary{TKey, TValue}"/> with a span look-up calls its comparer through an interface twice a word,
/// which cost more than the look-up itself. An entry holds its word's first eight characters (most words have no
/// more), so a look-up compares them there, without reading the word's string or calling a comparison.
/// </summary>
internal sealed class WrittenWords
{
    private const int HeldCharacters = 8;

    private struct Entry
    {
        public int Hash;
        public int Length;
        public int Stem;
        public int Form;
        /// <summary>The first eight characters, four a word, zero past the end.</summary>
        public ulong Head, Tail;
        public string Text;
    }

    private int[] _slots = new int[1 << 12]; // entry index + 1; 0 is empty
    private Entry[] _entries = new Entry[1 << 11];
    private int _shift = 32 - 12;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> written, out (int Stem, int Form) ids)
    {
        var (head, tail) = FirstCharacters(written);
        int hash = Hash(written, head, tail);
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int at = Slot(hash); ; at = (at + 1) & mask)
        {
            int entry = slots[at] - 1;
            if (entry < 0) break;
            ref var found = ref _entries[entry];
            if (found.Hash == hash && found.Length == written.Length && found.Head == head && found.Tail == tail
                && (written.Length <= HeldCharacters || written[HeldCharacters..].SequenceEqual(found.Text.AsSpan(HeldCharacters))))
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
        var (head, tail) = FirstCharacters(written);
        int hash = Hash(written, head, tail);
        _entries[Count] = new Entry { Hash = hash, Length = written.Length, Stem = ids.Stem, Form = ids.Form, Head = head, Tail = tail, Text = written };
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

    /// <summary>The first eight characters of the text as two numbers of four characters each, zero past its end: read
    /// eight bytes at a time, a shorter rest by reads that end at its end, shifted past what was read twice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) FirstCharacters(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        switch (text.Length)
        {
            case 0: return (0, 0);
            case 1: return (MemoryMarshal.Read<ushort>(bytes), 0);
            case 2: return (MemoryMarshal.Read<uint>(bytes), 0);
            case 3: return (MemoryMarshal.Read<uint>(bytes) | ((ulong)MemoryMarshal.Read<ushort>(bytes[4..]) << 32), 0);
            case 4: return (MemoryMarshal.Read<ulong>(bytes), 0);
        }
        ulong head = MemoryMarshal.Read<ulong>(bytes);
        if (text.Length >= HeldCharacters) return (head, MemoryMarshal.Read<ulong>(bytes[8..]));
        // Five to seven characters: the last eight bytes, of which the first 16 - 2 * length are the head's.
        int overlap = 16 - bytes.Length;
        return (head, MemoryMarshal.Read<ulong>(bytes[(bytes.Length - 8)..]) >> (8 * overlap));
    }

    /// <summary>A hash of the characters: of the first eight as read, then of the rest eight bytes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text, ulong head, ulong tail)
    {
        ulong hash = (ulong)text.Length * 0x9E3779B97F4A7C15UL;
        hash = BitOperations.RotateLeft((hash ^ head) * 0xFF51AFD7ED558CCDUL, 29);
        hash = BitOperations.RotateLeft((hash ^ tail) * 0xFF51AFD7ED558CCDUL, 29);
        if (text.Length > HeldCharacters) hash = Rest(MemoryMarshal.AsBytes(text[HeldCharacters..]), hash);
        return (int)(hash ^ (hash >> 32));

        static ulong Rest(ReadOnlySpan<byte> bytes, ulong hash)
        {
            int at = 0;
            for (; at + 8 <= bytes.Length; at += 8)
                hash = BitOperations.RotateLeft((hash ^ MemoryMarshal.Read<ulong>(bytes[at..])) * 0xFF51AFD7ED558CCDUL, 29);
            if (at < bytes.Length)
            {
                // Three characters at most.
                ulong last = 0;
                if (bytes.Length - at >= 4)
                {
                    last = MemoryMarshal.Read<uint>(bytes[at..]);
                    at += 4;
                }
                if (at < bytes.Length) last |= (ulong)MemoryMarshal.Read<ushort>(bytes[at..]) << 32;
                hash = BitOperations.RotateLeft((hash ^ last) * 0xFF51AFD7ED558CCDUL, 29);
            }
            return hash;
        }
    }
}
