using System.Text;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources;

public sealed class RegistryTests
{
    [Fact]
    public void An_unknown_format_is_one_error_that_lists_the_known_ones()
    {
        var result = PaperSources.Read(new MemoryStream("x"u8.ToArray()), TestPapers.Options, format: "xlsx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownFormat, error.Code);
        Assert.Contains("json (.json), csv (.csv), arxiv-snapshot, openalex, bibtex (.bib), arxiv-atom (.atom), listing (.txt)", error.Message);
        Assert.Empty(result.Papers);
    }

    [Fact]
    public void Content_no_source_recognises_is_read_as_a_listing_which_says_what_it_found()
    {
        var result = PaperSources.Read(new MemoryStream(Encoding.UTF8.GetBytes("just some text\n")), TestPapers.Options);

        Assert.Equal(DiagnosticCodes.StrayLine, Assert.Single(result.Diagnostics).Code);
    }
}
