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
    /// a missing category name, code URL or score is null. The columns are built on all cores. A collection whose
    /// topics were found also gets <c>topic</c> and <c>topic_label</c>.
    /// </summary>
    public static DataFrame ToDataFrame(this IEnumerable<Paper> papers)
    {
        var rows = papers as IReadOnlyList<Paper> ?? papers.ToArray();
        var builds = PaperSchema.Fields.SelectMany(field => field.Columns(rows)).ToArray();
        var fills = builds.Select(b => b.Fill).OfType<IColumnValues>().ToArray();
        var columns = new DataFrameColumn[builds.Length];
        if (rows.Count < InParallelFrom)
        {
            Fill(rows, fills, 0, rows.Count);
            for (int i = 0; i < builds.Length; i++) columns[i] = builds[i].Build();
        }
        else
        {
            // Every paper visited once, by one of the cores, for all its columns; then the columns made on all cores.
            InParts.Run(rows.Count, Environment.ProcessorCount * 8, (start, end) => Fill(rows, fills, start, end));
            Parallel.For(0, builds.Length, i => columns[i] = builds[i].Build());
        }
        var frame = new DataFrame(columns);
        if (papers is PaperCollection collection && Topics.TopicAssignments.Of(collection) is { } model) AddTopics(frame, rows, collection, model);
        return frame;
    }

    /// <summary>The <c>topic</c> and <c>topic_label</c> columns a collection with topics (<c>#!paper topics</c>,
    /// <see cref="Topics.TopicAssignments.Attach"/>) gets: null for papers the topic model did not cover.</summary>
    private static void AddTopics(DataFrame frame, IReadOnlyList<Paper> rows, PaperCollection collection, Topics.TopicModel model)
    {
        var topic = new Int32DataFrameColumn("topic", rows.Count);
        var label = new StringDataFrameColumn("topic_label", rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            int? t = Topics.TopicAssignments.TopicOf(collection, rows[i]);
            topic[i] = t;
            label[i] = t is { } known ? model.LabelOf(known) : null;
        }
        frame.Columns.Add(topic);
        frame.Columns.Add(label);
    }

    /// <returns>The rows filled.</returns>
    private static int Fill(IReadOnlyList<Paper> rows, IColumnValues[] fills, int start, int end)
    {
        for (int row = start; row < end; row++)
        {
            var paper = rows[row];
            foreach (var fill in fills) fill.Set(row, paper);
        }
        return end - start;
    }

    // A small frame is built faster on one thread than handed out.
    private const int InParallelFrom = 10_000;
}
