using Microsoft.Data.Analysis;
using PaperNotebooks.Model;

namespace PaperNotebooks.DataFrames;

/// <summary>
/// The DataFrame's <c>Abstract</c> column: an <see cref="ArrowStringDataFrameColumn"/>, UTF-8 decoded as read, about
/// half the memory of strings. When the rows are exactly the papers of one listing or snapshot, in order, their
/// abstracts already lie in one <see cref="Text.Utf8TextStore"/> in Arrow's layout and the column wraps it without a
/// copy; otherwise (several files, a filtered set, other sources) the abstracts are copied into one buffer as UTF-8.
/// Past 2 GB of abstracts, which one buffer cannot hold, the column holds strings.
/// </summary>
internal static class AbstractColumn
{
    public const string Name = "Abstract";

    public static DataFrameColumn Of(IReadOnlyList<Paper> rows) =>
        (DataFrameColumn?)Wrapped(rows) ?? (DataFrameColumn?)Copied(rows) ?? new StringDataFrameColumn(Name, rows.Select(p => p.Abstract));

    private static ArrowStringDataFrameColumn? Wrapped(IReadOnlyList<Paper> rows)
    {
        if (rows.Count == 0 || rows[0].StoredAbstract.Block?.Store.Sealed() is not { IsSealed: true, InArrowLayout: true } store || store.Rows != rows.Count) return null;
        for (int i = 0; i < rows.Count; i++)
        {
            var text = rows[i].StoredAbstract;
            if (text.Block is not { } block || block.Store != store || block.FirstRow + text.Row != i) return null;
        }
        return new ArrowStringDataFrameColumn(Name, store.Values, store.Offsets, AllValid(rows.Count), rows.Count, 0);
    }

    private static ArrowStringDataFrameColumn? Copied(IReadOnlyList<Paper> rows)
    {
        long total = 0;
        for (int i = 0; i < rows.Count; i++) total += rows[i].StoredAbstract.Utf8Length;
        if (total > Array.MaxLength) return null;
        var values = GC.AllocateUninitializedArray<byte>((int)total);
        var offsets = new byte[(rows.Count + 1) * sizeof(int)];
        var starts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(offsets.AsSpan());
        int at = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            starts[i] = at;
            at += rows[i].StoredAbstract.CopyUtf8To(values.AsSpan(at));
        }
        starts[rows.Count] = at;
        if (!BitConverter.IsLittleEndian)
            for (int i = 0; i < starts.Length; i++) starts[i] = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(starts[i]);
        return new ArrowStringDataFrameColumn(Name, values, offsets, AllValid(rows.Count), rows.Count, 0);
    }

    private static byte[] AllValid(int rows)
    {
        var valid = new byte[(rows + 7) / 8];
        Array.Fill(valid, (byte)0xFF);
        return valid;
    }
}
