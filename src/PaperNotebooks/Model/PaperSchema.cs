using Microsoft.Data.Analysis;
using static PaperNotebooks.Model.PaperFieldKinds;

namespace PaperNotebooks.Model;

/// <summary>
/// A paper's fields, declared once: the order and names JSON and CSV exports write and read, the DataFrame columns,
/// and each field's kind. Adding a field to <see cref="Paper"/> means adding its line here.
/// </summary>
public static class PaperSchema
{
    /// <summary>A paper for a reader to fill in field by field (<see cref="PaperField.TryReadJson"/>): a copy of
    /// <see cref="Blank"/> that no one else holds.</summary>
    internal static Paper Unshared() => Blank with { };

    /// <summary>The paper every reader starts from; fields the source leaves out keep these values.</summary>
    internal static Paper Blank { get; } = new()
    {
        Id = "", Title = "", Authors = ValueList<string>.Empty, Category = "", Published = default, Abstract = "",
    };

    public static IReadOnlyList<PaperField> Fields { get; } =
    [
        new PaperField<string>("id", PlainText, p => p.Id, "Id", required: true),
        new PaperField<string>("title", PlainText, p => p.Title, "Title", required: true),
        new PaperField<IReadOnlyList<string>>("authors", People, p => p.Authors, "Authors", false,
            ("FirstAuthor", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.FirstAuthor, (n, v) => new StringDataFrameColumn(n, v))),
            ("AuthorCount", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.Authors.Count, (n, v) => new Int32DataFrameColumn(n, v)))),
        new PaperField<bool>("authorsTruncated", Flag, p => p.AuthorsTruncated, "AuthorsTruncated"),
        new PaperField<IReadOnlyList<string>>("affiliations", People, p => p.Affiliations, "Affiliations"),
        new PaperField<string>("category", PlainText, p => p.Category, "Category", required: true),
        new PaperField<string?>("categoryName", OptionalText, p => p.CategoryName, "CategoryName"),
        new PaperField<DateOnly>("published", Date, p => p.Published, "Published", true,
            ("Year", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.Published.Year, (n, v) => new Int32DataFrameColumn(n, v))),
            ("Month", (name, rows) => ColumnBuild.Of(name, rows.Count, p => p.Published.Month, (n, v) => new Int32DataFrameColumn(n, v)))),
        new PaperField<bool>("yearInferred", Flag, p => p.YearInferred, "YearInferred"),
        new PaperField<bool>("hasCode", Flag, p => p.HasCode, "HasCode"),
        new PaperField<string?>("codeUrl", OptionalText, p => p.CodeUrl, "CodeUrl"),
        new PaperField<IReadOnlyList<string>>("links", Urls, p => p.Links, column: null),
        new PaperField<double?>("score", Score, p => p.Score, "Score"),
        new PaperField<string>("abstract", PlainText, p => p.Abstract, column: null, required: true,
            (DataFrames.AbstractColumn.Name, (_, rows) => ColumnBuild.Reading(() => DataFrames.AbstractColumn.Of(rows)))),
        new PaperField<int>("line", Number, p => p.Line, "Line"),
        // Fields below came with sources other than listings: optional in a CSV header, appended to the DataFrame.
        new PaperField<string?>("arxivId", OptionalText, p => p.ArxivId, "ArxivId"),
        new PaperField<string?>("doi", OptionalText, p => p.Doi, "Doi"),
        new PaperField<string?>("url", OptionalText, p => p.Url, "Url"),
        new PaperField<string?>("venue", OptionalText, p => p.Venue, "Venue"),
        new PaperField<IReadOnlyList<string>>("categories", Codes, p => p.Categories, "Categories"),
        new PaperField<DateOnly?>("updated", OptionalDate, p => p.Updated, "Updated"),
        new PaperField<string?>("source", OptionalText, p => p.Source, "Source"),
    ];

    /// <summary>The export names, in the order JSON and CSV write them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Fields.Select(f => f.Name)];

    /// <summary>The DataFrame column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = [.. Fields.SelectMany(f => f.ColumnNames)];
}
