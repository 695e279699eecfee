namespace PaperNotebooks.Sources;

/// <summary>The line of a byte offset in a text read forward (a JSON reader's token positions), counting line ends
/// (<see cref="LineEnds"/>) only from the last offset asked for, so that a whole file costs one pass.</summary>
internal ref struct LineCounter(ReadOnlySpan<byte> text)
{
    private readonly ReadOnlySpan<byte> _text = text;
    private long _offset;
    private int _line = 1;

    public int At(long offset)
    {
        if (offset > _offset)
        {
            _line += LineEnds.Count(_text[(int)_offset..(int)offset]);
            _offset = offset;
        }
        return _line;
    }
}
