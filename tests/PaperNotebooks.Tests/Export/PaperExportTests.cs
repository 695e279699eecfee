using PaperNotebooks.Export;

namespace PaperNotebooks.Tests.Export;

public sealed class PaperExportTests
{
    [Theory]
    [InlineData("json", ExportFormat.Json)]
    [InlineData("JSON", ExportFormat.Json)]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("Csv", ExportFormat.Csv)]
    [InlineData("bibtex", ExportFormat.BibTex)]
    [InlineData("BibTeX", ExportFormat.BibTex)]
    [InlineData("bib", ExportFormat.BibTex)]
    [InlineData("markdown", ExportFormat.Markdown)]
    [InlineData("MD", ExportFormat.Markdown)]
    public void A_format_name_parses_ignoring_case(string text, ExportFormat expected)
    {
        Assert.True(PaperExport.TryParseFormat(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("xml")]
    [InlineData("json ")]
    [InlineData(".md")]
    public void An_unknown_format_name_does_not_parse(string text) =>
        Assert.False(PaperExport.TryParseFormat(text, out _));

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.BibTex)]
    [InlineData(ExportFormat.Markdown)]
    public void Write_gives_the_same_text_as_ToString(ExportFormat format)
    {
        using var writer = new StringWriter();
        PaperExport.Write(SamplePapers.Tricky, format, writer);

        Assert.Equal(PaperExport.ToString(SamplePapers.Tricky, format), writer.ToString());
    }

    [Fact]
    public void Writing_an_undefined_format_is_a_programmer_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PaperExport.ToString(SamplePapers.Tricky, (ExportFormat)42));
}
