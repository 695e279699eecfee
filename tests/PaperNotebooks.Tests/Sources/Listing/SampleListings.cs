using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>What the listing tests share: the as-of date they read with, and an entry that reads cleanly.</summary>
internal static class SampleListings
{
    public static readonly ListingReadOptions Options = new() { AsOf = TestFiles.AsOf };

    public const string Good = "CLJul 4, 2024Code\nA Good TitleAlice Smith, Bob Jones\nAn abstract.\n";
}
