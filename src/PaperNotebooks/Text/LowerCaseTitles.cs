using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using PaperNotebooks.Model;

namespace PaperNotebooks.Text;

/// <summary>
/// Every title of a loaded set as lower-case ASCII bytes, side by side in the set's order, so that a scan tests a
/// million titles for <c>ti:attention</c> by reading 60 MB in a row rather than a million strings scattered over the
/// heap (in one process: 12 ms on one core instead of 115). Made while the set is read, each title copied by the
/// thread that has just parsed it (<see cref="Writer"/>), and kept beside the set (<see cref="Attach"/>), so views of
/// it read it too. The bytes are in segments of <see cref="SegmentSize"/> that the writers fill in turn and that are
/// never copied again. A title beyond ASCII (or longer than a segment) has no bytes here: a scan reads its string.
/// </summary>
internal sealed class LowerCaseTitles
{
    private const int SegmentBits = 15;
    private const int SegmentSize = 1 << SegmentBits;
    private const ushort None = ushort.MaxValue;

    private static readonly ConditionalWeakTable<object, LowerCaseTitles> BySet = new();

    private readonly byte[][] _segments;
    // Per row: where its title starts (the segment in the high bits, the offset in it in the low ones) and its length,
    // None for a title that has no bytes here.
    private readonly int[] _starts;
    private readonly ushort[] _lengths;

    private LowerCaseTitles(byte[][] segments, int[] starts, ushort[] lengths) =>
        (_segments, _starts, _lengths) = (segments, starts, lengths);

    /// <summary>How many titles, one per row.</summary>
    public int Count => _starts.Length;

    /// <summary>The titles the writers wrote, rows numbered through the writers in order; null beyond 2 GB of titles
    /// (some 35 million papers), which scans then read from the papers' strings.</summary>
    public static LowerCaseTitles? Join(IReadOnlyList<Writer> parts)
    {
        int count = parts.Sum(part => part.Count);
        var segments = new List<byte[]>();
        var starts = new int[count];
        var lengths = new ushort[count];
        int row = 0;
        foreach (var part in parts)
        {
            part.Trim();
            int first = segments.Count;
            if ((long)(first + part.Segments.Count) << SegmentBits > int.MaxValue) return null;
            segments.AddRange(part.Segments);
            for (int i = 0; i < part.Count; i++, row++)
            {
                starts[row] = part.Starts[i] + (first << SegmentBits);
                lengths[row] = part.Lengths[i];
            }
        }
        return new LowerCaseTitles([.. segments], starts, lengths);
    }

    /// <summary>Keeps these titles beside <paramref name="papers"/>, whose rows they must be, in order.</summary>
    public static void Attach(PaperCollection papers, LowerCaseTitles titles)
    {
        if (titles.Count != papers.SetCount) throw new ArgumentException($"{titles.Count} titles for {papers.SetCount} papers.", nameof(titles));
        BySet.AddOrUpdate(papers.SetKey, titles);
    }

    /// <summary>The titles kept beside the set <paramref name="papers"/> is or views; null when none were.</summary>
    public static LowerCaseTitles? Of(PaperCollection papers) => BySet.TryGetValue(papers.SetKey, out var titles) ? titles : null;

    /// <summary>The title of row <paramref name="row"/> of the set, lower-cased; false for a title that has no bytes here.</summary>
    public bool TryGet(int row, out ReadOnlySpan<byte> title)
    {
        int length = _lengths[row];
        if (length == None)
        {
            title = default;
            return false;
        }
        int start = _starts[row];
        title = _segments[start >> SegmentBits].AsSpan(start & (SegmentSize - 1), length);
        return true;
    }

    /// <summary>One part's titles, written in the order of its papers by the thread that reads them.</summary>
    internal sealed class Writer
    {
        private readonly List<byte[]> _segments = [];
        private byte[] _segment = [];
        private int _used;
        private int[] _starts = new int[256];
        private ushort[] _lengths = new ushort[256];

        public int Count { get; private set; }

        internal IReadOnlyList<byte[]> Segments => _segments;

        internal ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

        internal ReadOnlySpan<ushort> Lengths => _lengths.AsSpan(0, Count);

        public void Add(string title)
        {
            if (Count == _starts.Length)
            {
                Array.Resize(ref _starts, 2 * Count);
                Array.Resize(ref _lengths, 2 * Count);
            }
            int row = Count++;
            _lengths[row] = None;
            if (title.Length > SegmentSize) return;
            if (_segments.Count == 0 || _segment.Length - _used < title.Length)
            {
                _segments.Add(_segment = Segment(SegmentSize));
                _used = 0;
            }
            if (Ascii.ToLower(title, _segment.AsSpan(_used), out int written) != OperationStatus.Done) return;
            _starts[row] = (_segments.Count - 1) << SegmentBits | _used;
            _lengths[row] = (ushort)written;
            _used += written;
        }

        /// <summary>A segment on the pinned object heap: it lives as long as the papers, and a segment among the small
        /// objects would be copied by two collections during the read (66 MB at a million papers), where the pinned
        /// heap is never compacted.</summary>
        private static byte[] Segment(int size, byte[]? from = null)
        {
            var segment = GC.AllocateUninitializedArray<byte>(size, pinned: true);
            from?.AsSpan(0, size).CopyTo(segment);
            return segment;
        }

        /// <summary>Cuts the last segment to what was written (<see cref="Join"/> does, once the part is read).</summary>
        internal void Trim()
        {
            if (_segments.Count > 0 && _used < _segment.Length) _segments[^1] = _segment = Segment(_used, _segment);
        }
    }
}
