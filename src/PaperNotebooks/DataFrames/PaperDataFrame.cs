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
    /// a missing category name, code URL or score is null. The columns are built on all cores.
    /// </summary>
    public static DataFrame ToDataFrame(this IEnumerable<Paper> papers)
    {
        var rows = papers as IReadOnlyList<Paper> ?? papers.ToArray();
        var builders = PaperSchema.Fields.SelectMany(field => field.Columns(rows)).ToArray();
        var columns = new DataFrameColumn[builders.Length];
        if (rows.Count < InParallelFrom) for (int i = 0; i < builders.Length; i++) columns[i] = builders[i]();
        else Parallel.For(0, builders.Length, i => columns[i] = builders[i]());
        return new DataFrame(columns);
    }

    // A small frame is built faster on one thread than handed out.
    private const int InParallelFrom = 10_000;
}
