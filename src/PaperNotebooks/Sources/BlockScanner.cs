namespace PaperNotebooks.Sources;

/// <summary>
/// Splits bytes into blocks of about a block size that each start at an entry, so that blocks can be parsed on all
/// cores (<see cref="MappedBlocks"/> numbers their lines).
/// </summary>
internal static unsafe class BlockScanner
{
    /// <summary>The block bounds: <c>[start, ..., length]</c>, each inner bound the start of an entry.</summary>
    public static List<long> Bounds<TBoundary>(byte* data, long length, long start, int blockSize, TBoundary boundary, CancellationToken cancellation)
        where TBoundary : struct, IEntryBoundary
    {
        var bounds = new List<long> { start };
        for (long nominal = start + blockSize; nominal < length; nominal += blockSize)
        {
            cancellation.ThrowIfCancellationRequested();
            long next = NextEntryStart(data, length, Math.Max(nominal, bounds[^1] + 1), boundary, cancellation);
            if (next >= length) break;
            if (next > bounds[^1]) bounds.Add(next);
            nominal = Math.Max(nominal, next - blockSize + 1);
        }
        bounds.Add(length);
        return bounds;
    }

    /// <summary>Gives back block <paramref name="k"/>'s pages when the data is a mapped file (<see cref="MappedPages"/>).</summary>
    public static void Release(byte* data, List<long> bounds, int k) => MappedPages.Release(data + bounds[k], bounds[k + 1] - bounds[k]);

    public static ReadOnlySpan<byte> Block(byte* data, List<long> bounds, int k) =>
        new(data + bounds[k], (int)(bounds[k + 1] - bounds[k]));

    /// <summary>The start of the first line at or after <paramref name="from"/> that starts an entry, or the length:
    /// the search below, over the bytes from just before <paramref name="from"/>, widened until it can tell.</summary>
    private static long NextEntryStart<TBoundary>(byte* data, long length, long from, TBoundary boundary, CancellationToken cancellation)
        where TBoundary : struct, IEntryBoundary
    {
        long offset = from - 1; // the byte before tells whether a line starts at `from`
        for (long window = 1 << 20; ; window *= 2)
        {
            cancellation.ThrowIfCancellationRequested();
            int size = (int)Math.Min(Math.Min(window, length - offset), int.MaxValue);
            long found = NextEntryStart(new ReadOnlySpan<byte>(data + offset, size), offset, from, offset + size == length, boundary);
            if (found >= 0) return found;
            // A line of 2 GB: whatever follows, the block is too large to read, as the caller reports.
            if (size == int.MaxValue) return length;
        }
    }

    /// <summary>
    /// The entry-start search in bytes read so far: <paramref name="bytes"/> are the source's from <paramref name="offset"/> on,
    /// and <paramref name="complete"/> when they reach its end. Returns the start of the first line at or after
    /// <paramref name="from"/> (which is past <paramref name="offset"/>) that starts an entry; the end of the bytes when
    /// they are complete and no line does; or -1 when more bytes are needed to tell.
    /// </summary>
    public static long NextEntryStart<TBoundary>(ReadOnlySpan<byte> bytes, long offset, long from, bool complete, TBoundary boundary)
        where TBoundary : struct, IEntryBoundary
    {
        int position = checked((int)(from - offset));
        if (position <= 0 || position > bytes.Length) throw new ArgumentOutOfRangeException(nameof(from));
        bool lineStart = bytes[position - 1] == (byte)'\n'
            || (bytes[position - 1] == (byte)'\r' && (position < bytes.Length ? bytes[position] != (byte)'\n' : complete));
        if (!lineStart && bytes[position - 1] == (byte)'\r' && position == bytes.Length && !complete) return -1;
        if (!lineStart) position = NextLine(bytes, position, complete);
        int most = boundary.MaxLineLength;
        while (position >= 0 && position < bytes.Length)
        {
            int next = NextLine(bytes, position, complete);
            if (next < 0) return -1;
            if (next - position <= most)
            {
                var line = bytes.Slice(position, next - position).TrimEnd("\r\n"u8).Trim(" \t\r"u8);
                if (boundary.IsEntryStart(line)) return offset + position;
            }
            position = next;
        }
        return position < 0 || !complete ? -1 : offset + bytes.Length;
    }

    /// <summary>Where the line holding <paramref name="from"/> ends and the next starts; the end when the bytes are
    /// complete and the line runs to it; -1 when more bytes are needed.</summary>
    private static int NextLine(ReadOnlySpan<byte> bytes, int from, bool complete)
    {
        int end = bytes[from..].IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0) return complete ? bytes.Length : -1;
        int lineEnd = from + end;
        if (bytes[lineEnd] == (byte)'\n') return lineEnd + 1;
        if (lineEnd + 1 < bytes.Length) return bytes[lineEnd + 1] == (byte)'\n' ? lineEnd + 2 : lineEnd + 1;
        return complete ? lineEnd + 1 : -1; // a CR last: whether an LF follows is not known yet
    }
}
