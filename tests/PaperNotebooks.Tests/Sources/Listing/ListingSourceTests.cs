using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class ListingSourceTests : SourceContract
{
    private protected override IPaperSource Source => ListingSource.Instance;

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() => (File.ReadAllBytes(TestFiles.Seed), TestPapers.Seed);

    private protected override (string Text, int Line) Broken =>
        ("CLJul 4, 2024Code\nA Title Jane Doe, John Roe\nAn abstract.\nCLFeb 31, 2024\nAnother Title Jane Doe\nAnother abstract.\n", 4);
}
