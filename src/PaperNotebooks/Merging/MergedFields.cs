using PaperNotebooks.Model;

namespace PaperNotebooks.Merging;

/// <summary>
/// The fields of a merged paper, each from the copy that has it: the first copy's id, source and line; a full date over
/// a year alone (January 1 from a year-only source) or an inferred year; a full author list over a cut one; the longer
/// title and abstract; a known arXiv category first; categories, links and the code flag joined; identifiers, venue and
/// page from the first copy that gives them.
/// </summary>
internal static class MergedFields
{
    public static Paper Of(IReadOnlyList<Paper> copies)
    {
        var first = copies[0];
        var withAuthors = copies.OrderBy(p => p.AuthorsTruncated).ThenByDescending(p => p.Authors.Count).First();
        var dated = copies.OrderBy(DatePrecision).First();
        var categorised = copies.FirstOrDefault(p => ArxivCategories.FindById(p.Category) is not null)
            ?? copies.FirstOrDefault(p => p.Category.Length > 0) ?? first;
        var categories = new List<string>();
        if (categorised.Category.Length > 0) categories.Add(categorised.Category);
        foreach (var category in copies.SelectMany(p => p.Categories))
        {
            if (!categories.Contains(category, StringComparer.Ordinal)) categories.Add(category);
        }

        return first with
        {
            // Google Scholar lower-cases titles: of titles of one length, the one with its capitals is the original.
            Title = copies.MaxBy(p => (p.Title.Length, p.Title.Count(char.IsUpper)))!.Title,
            Authors = withAuthors.Authors,
            AuthorsTruncated = withAuthors.AuthorsTruncated,
            Affiliations = copies.MaxBy(p => p.Affiliations.Count)!.Affiliations,
            Category = categorised.Category,
            CategoryName = categorised.CategoryName,
            Categories = categories,
            Published = dated.Published,
            YearInferred = dated.YearInferred,
            HasCode = copies.Any(p => p.HasCode),
            CodeUrl = copies.Select(p => p.CodeUrl).FirstOrDefault(u => u is not null),
            Links = copies.SelectMany(p => p.Links).Distinct(StringComparer.Ordinal).ToList(),
            Abstract = copies.MaxBy(p => p.Abstract.Length)!.Abstract,
            Score = copies.Select(p => p.Score).FirstOrDefault(s => s is not null),
            ArxivId = copies.Select(p => p.ArxivId).FirstOrDefault(v => v is not null),
            Doi = copies.Select(p => p.Doi).FirstOrDefault(v => v is not null),
            Url = copies.Select(p => p.Url).FirstOrDefault(v => v is not null),
            Venue = copies.Select(p => p.Venue).FirstOrDefault(v => v is not null),
            Updated = copies.Max(p => p.Updated),
        };
    }

    /// <summary>0 for a date given in full, 1 for January 1 (likely a year alone), 2 for an inferred year.</summary>
    private static int DatePrecision(Paper paper) =>
        paper.YearInferred ? 2 : paper.Published is { Month: 1, Day: 1 } ? 1 : 0;
}
