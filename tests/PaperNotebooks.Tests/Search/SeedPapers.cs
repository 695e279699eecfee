using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>The seed listing, read once and searched by every query test.</summary>
internal static class SeedPapers
{
    public static PaperCollection Papers => TestPapers.Seed;

    public static SearchResult Search(string query, int top = 20) => Papers.Search(query, top);

    /// <summary>The ids of the hits, best first; fails the test with the error when the query did not run.</summary>
    public static string[] Ids(string query, int top = 20)
    {
        var result = Search(query, top);
        Assert.True(result.Succeeded, $"'{query}' failed: {result.Error}");
        return result.Hits.Select(hit => hit.Paper.Id).ToArray();
    }

    /// <summary>Space-separated ids, sorted, to compare result sets without their order.</summary>
    public static string IdSet(string query) => string.Join(' ', Ids(query).Order(StringComparer.Ordinal));

    public static string Sorted(string ids) => string.Join(' ', ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
