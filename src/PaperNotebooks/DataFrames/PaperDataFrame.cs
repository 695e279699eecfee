using Microsoft.Data.Analysis;
using PaperNotebooks.Model;

namespace PaperNotebooks.DataFrames;

/// <summary>Papers as a Microsoft.Data.Analysis <see cref="DataFrame"/>, one typed column per field (see <see cref="PaperSchema"/>).</summary>
public static class PaperDataFrame
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames => PaperSchema.ColumnNames;

    /// <summary>
    /// One row per paper. Authors and affiliations are joined with "; "; Published is a DateTime (midnight);
    /// a missing category name, code URL or score is null.
    /// </summary>
    public static DataFrame ToDataFrame(this IEnumerable<Paper> papers)
    {
        var rows = papers as IReadOnlyList<Paper> ?? papers.ToArray();
        return new DataFrame(PaperSchema.Fields.SelectMany(field => field.Columns(rows)));
    }
}
