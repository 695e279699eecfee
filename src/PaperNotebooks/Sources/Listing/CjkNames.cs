using PaperNotebooks.Text;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>Where a Han or Hangul name can start inside a run of the same script, where nothing marks the boundary.</summary>
internal static class CjkNames
{
    public static bool IsInsideRun(ReadOnlySpan<char> text, int p)
    {
        var script = Scripts.Of(text[p]);
        return script is Script.Cjk or Script.Hangul && Scripts.Of(text[p - 1]) == script;
    }

    // 鈴木大輔 after a Latin title: the script change already marks where the name starts.
    public static bool RunFollowsOtherScript(ReadOnlySpan<char> text, int p, int segmentStart)
    {
        var script = Scripts.Of(text[p]);
        int runStart = p;
        while (runStart > segmentStart && Scripts.Of(text[runStart - 1]) == script) runStart--;
        return runStart > segmentStart && !Letters.IsWhiteSpace(text[runStart - 1]);
    }

    /// <summary>
    /// For each segment index, the upper median length of the one-word CJK names from that segment on (3 when
    /// there are none), kept with two heaps so that all suffixes cost n log n rather than n squared.
    /// </summary>
    public static int[] TypicalLengths(ReadOnlySpan<char> text, ReadOnlySpan<Range> segments)
    {
        var typical = new int[segments.Length + 1];
        typical[segments.Length] = 3;
        var lower = new PriorityQueue<int, int>();   // the smaller half, largest first
        var upper = new PriorityQueue<int, int>();   // the rest, smallest first: its head is the median
        for (int s = segments.Length - 1; s >= 0; s--)
        {
            var name = text[segments[s]].Trim();
            if (!name.IsEmpty && !name.Contains(' ') && Scripts.Of(name[0]) is Script.Cjk or Script.Hangul)
            {
                int length = name.Length;
                if (upper.Count > 0 && length >= upper.Peek()) upper.Enqueue(length, length);
                else lower.Enqueue(length, -length);
                int total = lower.Count + upper.Count;
                while (lower.Count > total / 2) { int moved = lower.Dequeue(); upper.Enqueue(moved, moved); }
                while (lower.Count < total / 2) { int moved = upper.Dequeue(); lower.Enqueue(moved, -moved); }
            }
            typical[s] = upper.Count == 0 ? 3 : upper.Peek();
        }
        return typical;
    }
}
