namespace PaperNotebooks.Export;

/// <summary>The field names JSON and CSV exports share, in the order both write them.</summary>
internal static class PaperFieldNames
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Authors = "authors";
    public const string AuthorsTruncated = "authorsTruncated";
    public const string Affiliations = "affiliations";
    public const string Category = "category";
    public const string CategoryName = "categoryName";
    public const string Published = "published";
    public const string YearInferred = "yearInferred";
    public const string HasCode = "hasCode";
    public const string CodeUrl = "codeUrl";
    public const string Links = "links";
    public const string Score = "score";
    public const string Abstract = "abstract";
    public const string Line = "line";

    public const string DateFormat = "yyyy-MM-dd";

    public static IReadOnlyList<string> InOrder { get; } =
    [
        Id, Title, Authors, AuthorsTruncated, Affiliations, Category, CategoryName, Published,
        YearInferred, HasCode, CodeUrl, Links, Score, Abstract, Line,
    ];
}
