using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Model;

public sealed class PaperIdentifiersTests
{
    [Theory]
    [InlineData("2401.01234", "2401.01234")]
    [InlineData("2401.01234v3", "2401.01234")]
    [InlineData("arXiv:2401.01234v1", "2401.01234")]
    [InlineData("arxiv: 0704.0001", "0704.0001")]
    [InlineData("http://arxiv.org/abs/2309.14509v2", "2309.14509")]
    [InlineData("https://arxiv.org/pdf/2309.14509v2.pdf", "2309.14509")]
    [InlineData("https://export.arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001")]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData(" cond-mat/0011297v2 ", "cond-mat/0011297")]
    public void An_arxiv_identifier_loses_its_prefix_url_and_version(string written, string expected) =>
        Assert.Equal(expected, PaperIdentifiers.ArxivId(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an id")]
    [InlineData("24.01234")]
    [InlineData("2401.01234 and more")]
    [InlineData("10.1145/3458817.3476209")]
    public void Text_that_holds_no_arxiv_identifier_gives_none(string? written) => Assert.Null(PaperIdentifiers.ArxivId(written));

    [Theory]
    [InlineData("10.1145/3458817.3476209", "10.1145/3458817.3476209")]
    [InlineData("https://doi.org/10.18653/V1/2023.ACL-LONG.1", "10.18653/v1/2023.acl-long.1")]
    [InlineData("http://dx.doi.org/10.1000/XYZ", "10.1000/xyz")]
    [InlineData("doi:10.1000/abc.", "10.1000/abc")]
    [InlineData(" DOI: 10.48550/arXiv.2309.14509 ", "10.48550/arxiv.2309.14509")]
    public void A_doi_is_lower_case_without_its_resolver(string written, string expected) =>
        Assert.Equal(expected, PaperIdentifiers.Doi(written));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("11.1000/abc")]
    [InlineData("https://example.org/10.1000/abc")]
    public void Text_that_holds_no_doi_gives_none(string? written) => Assert.Null(PaperIdentifiers.Doi(written));
}
