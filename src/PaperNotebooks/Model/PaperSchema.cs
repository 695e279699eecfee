using Microsoft.Data.Analysis;
using static PaperNotebooks.Model.PaperFieldKinds;

namespace PaperNotebooks.Model;

/// <summary>
/// A paper's fields, declared once: the order and names JSON and CSV exports write and read, the DataFrame columns,
/// and each field's kind. Adding a field to <see cref="Paper"/> means adding its line here.
/// </summary>
public static class PaperSchema
{
    /// <summary>The paper every reader starts from; fields the source leaves out keep these values.</summary>
    internal static Paper Blank { get; } = new()
    {
        Id = "", Title = "", Authors = ValueList<string>.Empty, Category = "", Published = default, Abstract = "",
    };

    public static IReadOnlyList<PaperField> Fields { get; } =
    [
        new PaperField<string>("id", PlainText, p => p.Id, (p, v) => p with { Id = v }, "Id", required: true),
        new PaperField<string>("title", PlainText, p => p.Title, (p, v) => p with { Title = v }, "Title", required: true),
        new PaperField<IReadOnlyList<string>>("authors", People, p => p.Authors, (p, v) => p with { Authors = v }, "Authors", false,
            ("FirstAuthor", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.FirstAuthor, (n, v) => new StringDataFrameColumn(n, v))),
            ("AuthorCount", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.Authors.Count, (n, v) => new Int32DataFrameColumn(n, v)))),
        new PaperField<bool>("authorsTruncated", Flag, p => p.AuthorsTruncated, (p, v) => p with { AuthorsTruncated = v }, "AuthorsTruncated"),
        new PaperField<IReadOnlyList<string>>("affiliations", People, p => p.Affiliations, (p, v) => p with { Affiliations = v }, "Affiliations"),
        new PaperField<string>("category", PlainText, p => p.Category, (p, v) => p with { Category = v }, "Category", required: true),
        new PaperField<string?>("categoryName", OptionalText, p => p.CategoryName, (p, v) => p with { CategoryName = v }, "CategoryName"),
        new PaperField<DateOnly>("published", Date, p => p.Published, (p, v) => p with { Published = v }, "Published", true,
            ("Year", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.Published.Year, (n, v) => new Int32DataFrameColumn(n, v))),
            ("Month", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.Published.Month, (n, v) => new Int32DataFrameColumn(n, v)))),
        new PaperField<bool>("yearInferred", Flag, p => p.YearInferred, (p, v) => p with { YearInferred = v }, "YearInferred"),
        new PaperField<bool>("hasCode", Flag, p => p.HasCode, (p, v) => p with { HasCode = v }, "HasCode"),
        new PaperField<string?>("codeUrl", OptionalText, p => p.CodeUrl, (p, v) => p with { CodeUrl = v }, "CodeUrl"),
        new PaperField<IReadOnlyList<string>>("links", Urls, p => p.Links, (p, v) => p with { Links = v }, column: null),
        new PaperField<double?>("score", Score, p => p.Score, (p, v) => p with { Score = v }, "Score"),
        new PaperField<string>("abstract", PlainText, p => p.Abstract, (p, v) => p with { Abstract = v }, column: null, required: true,
            (DataFrames.AbstractColumn.Name, (_, rows) => ColumnBuild.Reading(() => DataFrames.AbstractColumn.Of(rows)))),
        new PaperField<int>("line", Number, p => p.Line, (p, v) => p with { Line = v }, "Line"),
        // Fields below came with sources other than listings: optional in a CSV header, appended to the DataFrame.
        new PaperField<string?>("arxivId", OptionalText, p => p.ArxivId, (p, v) => p with { ArxivId = v }, "ArxivId"),
        new PaperField<string?>("doi", OptionalText, p => p.Doi, (p, v) => p with { Doi = v }, "Doi"),
        new PaperField<string?>("url", OptionalText, p => p.Url, (p, v) => p with { Url = v }, "Url"),
        new PaperField<string?>("venue", OptionalText, p => p.Venue, (p, v) => p with { Venue = v }, "Venue"),
        new PaperField<IReadOnlyList<string>>("categories", Codes, p => p.Categories, (p, v) => p with { Categories = v }, "Categories"),
        new PaperField<DateOnly?>("updated", OptionalDate, p => p.Updated, (p, v) => p with { Updated = v }, "Updated"),
        new PaperField<string?>("source", OptionalText, p => p.Source, (p, v) => p with { Source = v }, "Source"),
    ];

    /// <summary>The export names, in the order JSON and CSV write them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Fields.Select(f => f.Name)];

    /// <summary>The DataFrame column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = [.. Fields.SelectMany(f => f.ColumnNames)];
}
