using System.Buffers;
using System.Text;

namespace PaperNotebooks.Sources.BibTex;

/// <summary>Where a .bib file can be cut into parts: at an entry line (<see cref="BibTexParser.IsEntryLine"/>), which no
/// value runs past.</summary>
internal readonly struct BibTexEntryBoundary : IEntryBoundary
{
    public int MaxLineLength => int.MaxValue;

    public bool IsEntryStart(ReadOnlySpan<byte> line) => OpenerEnd(line) > 0;

    /// <summary>How far into <paramref name="line"/> (a line's bytes from its start) its entry opener reaches: past the
    /// <c>{</c> or <c>(</c> after <c>@name</c>; 0 when the line opens no entry. Judged on the decoded text, exactly as
    /// the parser judges it (a name may have letters beyond ASCII).</summary>
    public static int OpenerEnd(ReadOnlySpan<byte> line)
    {
        int blanks = 0;
        while (blanks < line.Length && line[blanks] is (byte)' ' or (byte)'\t') blanks++;
        if (blanks >= line.Length || line[blanks] != (byte)'@') return 0;
        int open = line.IndexOfAny((byte)'{', (byte)'(');
        if (open < 0) return 0;
        var opener = line[..(open + 1)];
        char[]? rented = opener.Length > 256 ? ArrayPool<char>.Shared.Rent(opener.Length) : null;
        try
        {
            Span<char> text = rented ?? stackalloc char[256];
            text = text[..Encoding.UTF8.GetChars(opener, text)];
            return BibTexParser.IsEntryLine(text) ? open + 1 : 0;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
