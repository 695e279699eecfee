using System.Text;

namespace PaperNotebooks.Text;

/// <summary>
/// A text a paper holds: a string, or a row of a <see cref="Utf8TextStore"/> kept as the UTF-8 bytes it was read as and
/// decoded when asked for. A million abstracts take half the memory as UTF-8, in a few large arrays the collector
/// never copies, instead of a million strings it promotes through its generations. Equal texts are equal whichever
/// way they are held.
/// </summary>
internal readonly struct StoredText : IEquatable<StoredText>
{
    private readonly object? _value; // string, or the Utf8TextBlock holding the row
    private readonly int _row;

    public StoredText(string text) => _value = text;

    public StoredText(Utf8TextBlock block, int row) => (_value, _row) = (block, row);

    public static StoredText Empty { get; } = new("");

    /// <summary>The block and row when the text is held as UTF-8, else null.</summary>
    public Utf8TextBlock? Block => _value as Utf8TextBlock;

    /// <summary>The row in <see cref="Block"/>.</summary>
    public int Row => _row;

    /// <summary>The length in UTF-8 bytes when held as UTF-8, else in UTF-16 chars: for comparing sizes cheaply.</summary>
    public int RoughLength => _value switch
    {
        Utf8TextBlock block => block.Length(_row),
        string text => text.Length,
        _ => 0,
    };

    /// <summary>The length of the text in UTF-8 bytes.</summary>
    public int Utf8Length => _value switch
    {
        Utf8TextBlock block => block.Length(_row),
        string text => Encoding.UTF8.GetByteCount(text),
        _ => 0,
    };

    /// <summary>Writes the text as UTF-8 into <paramref name="into"/>, which has room for <see cref="Utf8Length"/>
    /// bytes; returns how many were written.</summary>
    public int CopyUtf8To(Span<byte> into)
    {
        switch (_value)
        {
            case Utf8TextBlock block:
                var bytes = block.Bytes(_row);
                bytes.CopyTo(into);
                return bytes.Length;
            case string text:
                return Encoding.UTF8.GetBytes(text, into);
            default:
                return 0;
        }
    }

    /// <summary>The text's characters: a string's own, or its UTF-8 decoded into <paramref name="buffer"/> (grown when
    /// too small), valid until the buffer is used again. For reading many texts without a string for each.</summary>
    public ReadOnlySpan<char> Chars(ref char[] buffer)
    {
        if (_value is not Utf8TextBlock block) return (_value as string).AsSpan();
        var bytes = block.Bytes(_row);
        if (buffer.Length < bytes.Length) buffer = new char[Math.Max(bytes.Length, 2 * buffer.Length)];
        return buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
    }

    public override string ToString() => _value switch
    {
        Utf8TextBlock block => Encoding.UTF8.GetString(block.Bytes(_row)),
        string text => text,
        _ => "",
    };

    public bool Equals(StoredText other)
    {
        if (_value is Utf8TextBlock mine && other._value is Utf8TextBlock theirs)
            return (ReferenceEquals(mine, theirs) && _row == other._row) || mine.Bytes(_row).SequenceEqual(theirs.Bytes(other._row));
        if (_value is not Utf8TextBlock && other._value is not Utf8TextBlock)
            return string.Equals(_value as string ?? "", other._value as string ?? "", StringComparison.Ordinal);
        return string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);
    }

    public override bool Equals(object? obj) => obj is StoredText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);
}
