using PaperNotebooks.Model;

namespace PaperNotebooks.Search.Scanning;

/// <summary>The analyzed fields of the index, as a scan reads them from the papers.</summary>
internal enum TextField
{
    Title,
    Abstract,
    Authors,
    Affiliations,
    Venue,
}

/// <summary>Where each index field's text is in a <see cref="Paper"/>, read the way <see cref="PaperDocument"/> indexes it.</summary>
internal static class ScanField
{
    public const int TextFields = 5;

    public static TextField? Text(string name) => name switch
    {
        SearchFields.Title => TextField.Title,
        SearchFields.Abstract => TextField.Abstract,
        SearchFields.Authors => TextField.Authors,
        SearchFields.Affiliations => TextField.Affiliations,
        SearchFields.Venue => TextField.Venue,
        _ => null,
    };

    public static string Name(TextField field) => field switch
    {
        TextField.Title => SearchFields.Title,
        TextField.Abstract => SearchFields.Abstract,
        TextField.Authors => SearchFields.Authors,
        TextField.Affiliations => SearchFields.Affiliations,
        _ => SearchFields.Venue,
    };

    /// <summary>How many values the field has in the paper (authors: one per author), read without allocating.</summary>
    public static int ValueCount(Paper paper, TextField field) => field switch
    {
        TextField.Authors => paper.Authors.Count,
        TextField.Affiliations => paper.Affiliations.Count,
        TextField.Venue => paper.Venue is { Length: > 0 } ? 1 : 0,
        _ => 1,
    };

    /// <summary>Value <paramref name="index"/> of the field (the abstract decoded: readers of abstracts kept as UTF-8
    /// read their bytes instead).</summary>
    public static string Value(Paper paper, TextField field, int index) => field switch
    {
        TextField.Title => paper.Title,
        TextField.Authors => paper.Authors[index],
        TextField.Affiliations => paper.Affiliations[index],
        TextField.Venue => paper.Venue!,
        _ => paper.Abstract,
    };

    /// <summary>True when the keyword field <paramref name="field"/> of the paper holds <paramref name="value"/> (or a value
    /// starting with it), as <see cref="PaperDocument"/> indexes it; <paramref name="categories"/> is scratch space.</summary>
    public static bool HasKeyword(Paper paper, string field, string value, bool prefix, HashSet<string> categories)
    {
        bool Is(string? held) => held is not null && (prefix ? held.StartsWith(value, StringComparison.Ordinal) : held == value);
        switch (field)
        {
            case SearchFields.Category:
                PaperDocument.CategoryTerms(paper, categories);
                foreach (var term in categories)
                    if (Is(term)) return true;
                return false;
            case SearchFields.ArxivId:
                return paper.ArxivId is { } arxivId && Is(arxivId.ToLowerInvariant());
            case SearchFields.Doi:
                return Is(paper.Doi);
            case SearchFields.Has:
                return paper.HasCode && Is("code");
            default:
                return false;
        }
    }

    public static bool IsKeyword(string field) => field is SearchFields.Category or SearchFields.ArxivId or SearchFields.Doi or SearchFields.Has;
}
