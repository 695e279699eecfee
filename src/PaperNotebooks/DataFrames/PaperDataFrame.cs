using Microsoft.Data.Analysis;
using PaperNotebooks.Model;

namespace PaperNotebooks.DataFrames;

/// <summary>Papers as a Microsoft.Data.Analysis <see cref="DataFrame"/>, one typed column per field.</summary>
public static class PaperDataFrame
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
    [
        "Id", "Title", "Authors", "FirstAuthor", "AuthorCount", "AuthorsTruncated", "Affiliations", "Category",
        "CategoryName", "Published", "Year", "Month", "YearInferred", "HasCode", "CodeUrl", "Score", "Abstract", "Line",
    ];

    /// <summary>
    /// One row per paper. Authors and affiliations are joined with "; "; Published is a DateTime (midnight);
    /// a missing category name, code URL or score is null.
    /// </summary>
    public static DataFrame ToDataFrame(this IEnumerable<Paper> papers)
    {
        var rows = papers as IReadOnlyList<Paper> ?? papers.ToArray();
        return new DataFrame(
            new StringDataFrameColumn("Id", rows.Select(p => p.Id)),
            new StringDataFrameColumn("Title", rows.Select(p => p.Title)),
            new StringDataFrameColumn("Authors", rows.Select(p => string.Join("; ", p.Authors))),
            new StringDataFrameColumn("FirstAuthor", rows.Select(p => p.FirstAuthor)),
            new Int32DataFrameColumn("AuthorCount", rows.Select(p => p.Authors.Count)),
            new BooleanDataFrameColumn("AuthorsTruncated", rows.Select(p => p.AuthorsTruncated)),
            new StringDataFrameColumn("Affiliations", rows.Select(p => string.Join("; ", p.Affiliations))),
            new StringDataFrameColumn("Category", rows.Select(p => p.Category)),
            new StringDataFrameColumn("CategoryName", rows.Select(p => p.CategoryName)),
            new DateTimeDataFrameColumn("Published", rows.Select(p => p.Published.ToDateTime(TimeOnly.MinValue))),
            new Int32DataFrameColumn("Year", rows.Select(p => p.Published.Year)),
            new Int32DataFrameColumn("Month", rows.Select(p => p.Published.Month)),
            new BooleanDataFrameColumn("YearInferred", rows.Select(p => p.YearInferred)),
            new BooleanDataFrameColumn("HasCode", rows.Select(p => p.HasCode)),
            new StringDataFrameColumn("CodeUrl", rows.Select(p => p.CodeUrl)),
            new DoubleDataFrameColumn("Score", rows.Select(p => p.Score)),
            new StringDataFrameColumn("Abstract", rows.Select(p => p.Abstract)),
            new Int32DataFrameColumn("Line", rows.Select(p => p.Line)));
    }
}
