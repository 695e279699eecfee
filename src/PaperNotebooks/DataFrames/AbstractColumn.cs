using Microsoft.Data.Analysis;
using PaperNotebooks.Model;

namespace PaperNotebooks.DataFrames;

/// <summary>
/// The DataFrame's <c>Abstract</c> column. When the rows are exactly the papers of one listing, in order, their
/// abstracts already lie in one <see cref="Text.Utf8TextStore"/> in Arrow's layout, and the column is an
/// <see cref="ArrowStringDataFrameColumn"/> over that store: no copy, decoded as read. Otherwise (several files, a
/// filtered set, other sources) it is a column of the abstracts as strings.
/// </summary>
internal static class AbstractColumn
{
    public const string Name = "Abstract";

    public static DataFrameColumn Of(IReadOnlyList<Paper> rows) =>
        (DataFrameColumn?)Wrapped(rows) ?? new StringDataFrameColumn(Name, rows.Select(p => p.Abstract));

    private static ArrowStringDataFrameColumn? Wrapped(IReadOnlyList<Paper> rows)
    {
        if (rows.Count == 0 || rows[0].StoredAbstract.Block?.Store is not { IsSealed: true } store || store.Rows != rows.Count) return null;
        for (int i = 0; i < rows.Count; i++)
        {
            var text = rows[i].StoredAbstract;
            if (text.Block is not { } block || block.Store != store || block.FirstRow + text.Row != i) return null;
        }
        var valid = new byte[(rows.Count + 7) / 8];
        Array.Fill(valid, (byte)0xFF);
        return new ArrowStringDataFrameColumn(Name, store.Buffer.AsMemory(0, store.Length), store.Offsets, valid, rows.Count, 0);
    }
}
