using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// Papers by their position in the collection, for <c>id:</c>: a document's number is its paper's position (the index
/// is built in listing order, <see cref="IndexRanges"/>), so ids need no field of their own in the index, which in a
/// listing of a million papers is a million distinct terms, a third of the time of the index without abstracts. Ids
/// match ignoring case, as typed or with accents folded; a prefix matches every id that starts with it.
/// </summary>
internal static class PositionsQuery
{
    public static Query For(int[] positions) => new ConstantScoreQuery(new PositionsFilter(positions));

    /// <summary>The positions of the papers whose id is <paramref name="typed"/> (or starts with it), in order.</summary>
    public static int[] OfId(PaperCollection papers, string typed, bool prefix)
    {
        string text = typed.Trim(), folded = QueryCompiler.Fold(text);
        if (!prefix)
        {
            var found = new SortedSet<int>();
            if (papers.TryGetPosition(text, out int position)) found.Add(position);
            if (papers.TryGetPosition(folded, out position)) found.Add(position);
            return [.. found];
        }
        var starting = new List<int>();
        for (int i = 0; i < papers.Count; i++)
        {
            string id = papers[i].Id;
            if (id.StartsWith(text, StringComparison.OrdinalIgnoreCase) || id.StartsWith(folded, StringComparison.OrdinalIgnoreCase)) starting.Add(i);
        }
        return [.. starting];
    }

    /// <summary>The given documents of each segment; <paramref name="positions"/> ascending.</summary>
    internal sealed class PositionsFilter(int[] positions) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            int start = context.DocBase, end = start + context.AtomicReader.MaxDoc;
            int from = Array.BinarySearch(positions, start);
            if (from < 0) from = ~from;
            if (from >= positions.Length || positions[from] >= end) return null!; // no document here
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (int i = from; i < positions.Length && positions[i] < end; i++) bits.Set(positions[i] - start);
            return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }

        public override bool Equals(object? obj) => obj is PositionsFilter other && other.Positions.SequenceEqual(positions);

        public override int GetHashCode() => positions.Length == 0 ? 0 : HashCode.Combine(positions.Length, positions[0], positions[^1]);

        /// <summary>The positions matched, ascending.</summary>
        public int[] Positions => positions;
    }
}
