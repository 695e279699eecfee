using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search.Scanning;

/// <summary>
/// The quick test a scan puts every paper to before analyzing any of it: could this field hold this term? Every term
/// the analyzer makes of ASCII text is a piece of that text in other case (words, their compound parts, a possessive
/// cut off), so ASCII text that does not contain the term, ignoring case, cannot hold it; text with anything beyond
/// ASCII (accents folded, other scripts) always might. Abstracts kept as UTF-8 are tested as bytes, lower-cased in a
/// scratch buffer, never decoded.
/// </summary>
internal sealed class WordProbes(TextField field)
{
    // An array walked with for loops: every paper is tested, and a list of tuples would be walked by enumerator code
    // that no ahead-of-time image holds (a generic of the base library over a type of ours), compiled unoptimised at
    // first and only later again, in the middle of the first scan.
    private Needle[] _needles = [];

    public TextField Field { get; } = field;

    public int Count => _needles.Length;

    /// <summary>Adds the test for <paramref name="word"/> (lower case, as the analyzer leaves terms), answered in flag
    /// <paramref name="slot"/>.</summary>
    public void Add(string word, int slot) =>
        _needles = [.. _needles, new Needle(word, Encoding.UTF8.GetBytes(word), Ascii.IsValid(word), slot)];

    private readonly record struct Needle(string Text, byte[] Bytes, bool Ascii, int Slot);

    /// <summary>Sets <c>flags[slot]</c> for every word that the paper's field may hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Test(Paper paper, Span<bool> flags, ScanScratch scratch)
    {
        if (Field == TextField.Abstract && paper.StoredAbstract.Block is { } block)
        {
            TestUtf8(block.Bytes(paper.StoredAbstract.Row), flags, scratch);
            return;
        }
        for (int v = 0, values = ScanField.ValueCount(paper, Field); v < values; v++)
        {
            string value = ScanField.Value(paper, Field, v);
            if (Ascii.IsValid(value))
            {
                var needles = _needles;
                for (int n = 0; n < needles.Length; n++)
                    flags[needles[n].Slot] |= needles[n].Ascii && value.Contains(needles[n].Text, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                TestMapped(value, flags, scratch);
            }
        }
    }

    /// <summary>Sets <c>flags[slot]</c> for every word an ASCII text, lower-cased as bytes, may hold: what
    /// <see cref="Test"/> answers for that text.</summary>
    public void TestLowerCase(ReadOnlySpan<byte> text, Span<bool> flags)
    {
        var needles = _needles;
        for (int n = 0; n < needles.Length; n++)
            flags[needles[n].Slot] |= needles[n].Ascii && text.IndexOf(needles[n].Bytes) >= 0;
    }

    private void TestUtf8(ReadOnlySpan<byte> text, Span<bool> flags, ScanScratch scratch)
    {
        // ASCII letters lower-cased, every other byte as it is; and what the bytes beyond ASCII are.
        var lower = scratch.Bytes(text.Length);
        bool beyond = false, letters = false;
        for (int i = 0; i < text.Length;)
        {
            Ascii.ToLower(text[i..], lower[i..], out int done);
            i += done;
            if (i == text.Length) break;
            beyond = true;
            Rune.DecodeFromUtf8(text[i..], out var rune, out int length);
            text.Slice(i, length).CopyTo(lower[i..]);
            i += length;
            switch (AsciiMapping.Of(rune))
            {
                case '\0':
                    // A character only Lucene reads right: the text may hold any word.
                    foreach (var needle in _needles) flags[needle.Slot] = true;
                    return;
                case not ' ':
                    letters = true; // an accented letter or an apostrophe, part of the words around it
                    break;
            }
        }
        bool anyMissed = false;
        foreach (var (_, bytes, asciiWord, slot) in _needles)
        {
            flags[slot] |= asciiWord && lower.IndexOf(bytes) >= 0;
            anyMissed |= !flags[slot];
        }
        // A word can span a mapped letter (Zürich for zurich): those texts are mapped whole. Dashes and signs break words.
        if (beyond && letters && anyMissed)
        {
            var chars = scratch.Chars(text.Length);
            TestMapped(chars[..Encoding.UTF8.GetChars(text, chars)], flags, scratch);
        }
    }

    /// <summary>Text beyond ASCII: as its ASCII form (<see cref="AsciiMapping"/>) when it has one, else it may hold anything.</summary>
    private void TestMapped(ReadOnlySpan<char> text, Span<bool> flags, ScanScratch scratch)
    {
        var mapped = scratch.Mapped(text.Length);
        if (!AsciiMapping.TryMap(text, mapped))
        {
            foreach (var needle in _needles) flags[needle.Slot] = true;
            return;
        }
        Ascii.ToLowerInPlace(mapped, out _);
        foreach (var (word, _, asciiWord, slot) in _needles)
            flags[slot] |= asciiWord && mapped.IndexOf(word, StringComparison.Ordinal) >= 0;
    }
}

/// <summary>One scanning thread's room for a text as bytes, as chars and mapped to ASCII; each grows as needed.</summary>
internal sealed class ScanScratch
{
    private byte[] _bytes = new byte[4096];
    private char[] _chars = new char[4096];
    private char[] _mapped = new char[4096];

    public Span<byte> Bytes(int length) => Grown(ref _bytes, length).AsSpan(0, length);

    public Span<char> Chars(int length) => Grown(ref _chars, length).AsSpan(0, length);

    public Span<char> Mapped(int length) => Grown(ref _mapped, length).AsSpan(0, length);

    private static T[] Grown<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, 2 * array.Length)];
        return array;
    }
}
