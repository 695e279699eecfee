using PaperNotebooks.Listing;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests;

/// <summary>The papers tests share: the seed listing, read once as of <see cref="TestFiles.AsOf"/>.</summary>
internal static class TestPapers
{
    public static ListingReadOptions Options { get; } = new() { AsOf = TestFiles.AsOf };

    private static readonly Lazy<PaperCollection> LazySeed = new(() => PaperListingReader.ReadFile(TestFiles.Seed, Options).Papers);

    /// <summary>The seed listing's papers; one collection for every test, so its derived state is built once.</summary>
    public static PaperCollection Seed => LazySeed.Value;

    /// <summary>The papers without the name of what they were read from, to compare reads of one content by different names.</summary>
    public static List<Paper> WithoutSource(this IEnumerable<Paper> papers) => [.. papers.Select(p => p with { Source = null })];
}
