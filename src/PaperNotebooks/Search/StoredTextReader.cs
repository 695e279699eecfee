using System.Text;
using PaperNotebooks.Text;

namespace PaperNotebooks.Search;

/// <summary>
/// Reads a paper's stored text (<see cref="StoredText"/>) as characters, decoding its UTF-8 a chunk at a time, so that
/// indexing a million abstracts does not make a string of each. One reader per indexing thread, pointed at each
/// paper's text in turn (<see cref="Reset"/>); Lucene's disposing it after each document is ignored.
/// </summary>
internal sealed class StoredTextReader : TextReader
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] _chars = new char[4096];
    private int _charAt, _charEnd;
    private StoredText _text = StoredText.Empty;
    private string? _string;
    private int _position; // in the string's characters, or the text's bytes

    /// <summary>Reads <paramref name="text"/> from its start.</summary>
    public StoredTextReader Reset(StoredText text)
    {
        _text = text;
        _string = text.Block is null ? text.ToString() : null;
        (_position, _charAt, _charEnd) = (0, 0, 0);
        _decoder.Reset();
        return this;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill()) return 0;
        int n = Math.Min(buffer.Length, _charEnd - _charAt);
        _chars.AsSpan(_charAt, n).CopyTo(buffer);
        _charAt += n;
        return n;
    }

    public override int Read() => Fill() ? _chars[_charAt++] : -1;

    public override int Peek() => Fill() ? _chars[_charAt] : -1;

    /// <summary>True when a character is waiting in the buffer, decoding the next chunk if need be.</summary>
    private bool Fill()
    {
        if (_charAt < _charEnd) return true;
        (_charAt, _charEnd) = (0, 0);
        if (_string is { } whole)
        {
            int n = Math.Min(_chars.Length, whole.Length - _position);
            whole.AsSpan(_position, n).CopyTo(_chars);
            _position += n;
            _charEnd = n;
            return n > 0;
        }
        var bytes = _text.Block!.Bytes(_text.Row);
        while (_charEnd == 0 && _position < bytes.Length)
        {
            // UTF-8 never gives more characters than bytes, so a chunk as long as the buffer always fits; the decoder
            // keeps a character cut at the chunk's end for the next one.
            int take = Math.Min(_chars.Length, bytes.Length - _position);
            _decoder.Convert(bytes.Slice(_position, take), _chars, flush: _position + take == bytes.Length, out int used, out _charEnd, out _);
            _position += used;
        }
        return _charEnd > 0;
    }

    // Lucene disposes a field's reader once the document is indexed; this one is used again for the next document.
    protected override void Dispose(bool disposing)
    {
    }
}
