using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>The query fields that papers from BibTeX, arXiv and OpenAlex bring: venue, arXiv id, DOI, cross-listed categories.</summary>
public sealed class SourceFieldQueryTests
{
    private static Paper Make(string id, string title) => new()
    {
        Id = id, Title = title, Authors = ["Jane Doe"], Category = "cs.CL", Published = new DateOnly(2024, 1, 1), Abstract = "",
    };

    private static readonly PaperCollection Papers = new(
    [
        Make("a", "Sequence Parallelism") with
        {
            ArxivId = "2309.14509", Doi = "10.1145/3458817.3476209", Venue = "Proceedings of SC '21",
            Category = "cs.DC", Categories = ["cs.DC", "cs.LG", "stat.ML"],
        },
        Make("b", "Old Strings") with { ArxivId = "hep-th/9901001", Category = "hep-th", Categories = ["hep-th"], Venue = "Nuclear Physics B" },
        Make("c", "Listing Paper") with { Categories = ["cs.CL"] },
    ]);

    private static string Ids(string query) =>
        string.Join(' ', Papers.Search(query).Hits.Select(h => h.Paper.Id).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("arxiv:2309.14509", "a")]
    [InlineData("arxiv:2309.14509v2", "a")]
    [InlineData("arxiv:\"https://arxiv.org/abs/2309.14509\"", "a")]
    [InlineData("arxiv:hep-th/9901001", "b")]
    [InlineData("arxiv:2401.00000", "")]
    public void An_arxiv_id_finds_its_paper_however_it_is_written(string query, string expected) => Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("doi:10.1145/3458817.3476209", "a")]
    [InlineData("doi:\"https://doi.org/10.1145/3458817.3476209\"", "a")]
    [InlineData("doi:10.1145/3458817.3476209 AND ti:sequence", "a")]
    public void A_doi_finds_its_paper_in_any_case_and_with_its_resolver(string query, string expected) => Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("venue:nuclear", "b")]
    [InlineData("journal:\"nuclear physics\"", "b")]
    [InlineData("venue:proceedings", "a")]
    public void Venue_words_find_papers_by_journal_or_proceedings(string query, string expected) => Assert.Equal(expected, Ids(query));

    [Theory]
    [InlineData("cat:cs.LG", "a")]
    [InlineData("cat:stat", "a")]
    [InlineData("cat:cs", "a c")]
    [InlineData("cat:hep-th", "b")]
    public void A_category_finds_papers_cross_listed_in_it_as_well_as_those_filed_under_it(string query, string expected) =>
        Assert.Equal(expected, Ids(query));
}
