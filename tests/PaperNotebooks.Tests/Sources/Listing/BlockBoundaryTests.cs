using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class BlockBoundaryTests
{
    private static readonly ListingReadOptions Options = SampleListings.Options;

    [Theory]
    [InlineData("CVJan 2, 2022\nA Title Without AbstractEve Adams\n")]
    [InlineData("CVJan 2, 2022\n")]
    public void An_entry_cut_off_just_before_a_block_boundary_is_reported_as_in_one_block(string cutOff)
    {
        var bytes = Encoding.UTF8.GetBytes(SampleListings.Good + cutOff + SampleListings.Good);
        var sequential = PaperListingReader.Parse(bytes, Options, "l.txt", blockSize: int.MaxValue);
        var error = Assert.Single(sequential.Diagnostics);
        Assert.Equal((DiagnosticCodes.IncompleteEntry, 4), (error.Code, error.Line));

        var blocks = PaperListingReader.Parse(bytes, Options, "l.txt", blockSize: SampleListings.Good.Length + cutOff.Length - 1);

        Assert.Equal(sequential.Diagnostics, blocks.Diagnostics);
        Assert.True(blocks.HasErrors);
    }

    [Fact]
    public void A_listing_of_over_8_MiB_with_an_entry_cut_off_before_the_block_boundary_has_the_error()
    {
        const int Boundary = 8 << 20;
        var text = new StringBuilder();
        string entry = "LGMar 3, 2023\nTitle NumberCarol White\n" + new string('x', 4000) + "\n";
        while (text.Length < Boundary - 2 * entry.Length) text.Append(entry);
        // The cut-off entry ends exactly where the reader's first block ends.
        text.Append("CVJan 2, 2022\nA Title Without Abstract");
        text.Append('x', Boundary - text.Length - "Eve Adams\n".Length).Append("Eve Adams\n");
        while (text.Length < Boundary + (1 << 20)) text.Append(entry);
        using var scratch = new ScratchFolder();
        string path = scratch.Write("big.txt", text.ToString());

        var result = PaperListingReader.ReadFile(path, Options);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.IncompleteEntry, error.Code);
        Assert.True(result.HasErrors);
    }
}
