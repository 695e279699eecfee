using System.Text;
using PaperNotebooks.Export;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.Json;

namespace PaperNotebooks.Tests.Sources.Json;

public sealed class JsonSourceTests : SourceContract
{
    private protected override IPaperSource Source => JsonPaperSource.Instance;

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() =>
        (Encoding.UTF8.GetBytes(PaperExport.ToString(TestPapers.Seed, ExportFormat.Json)), TestPapers.Seed);

    private protected override (string Text, int Line) Broken =>
        ("[\n  {\"id\": \"a\", \"title\": \"A\", \"category\": \"cs.CL\", \"published\": \"2024-07-04\", \"abstract\": \"\"},\n" +
         "  {\"id\": \"b\", \"title\": \"B\", \"category\": \"cs.CL\", \"published\": \"July 4\", \"abstract\": \"\"}\n]\n", 3);

    [Fact]
    public void Invalid_json_keeps_the_papers_before_it_and_names_the_line()
    {
        var text = "[\n  {\"id\": \"a\", \"title\": \"A\", \"category\": \"cs.CL\", \"published\": \"2024-07-04\", \"abstract\": \"\"},\n  {\"id\": \n";
        var result = PaperSources.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestPapers.Options);

        Assert.Equal("a", Assert.Single(result.Papers).Id);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MalformedRecord, error.Code);
        Assert.True(error.Line >= 3, error.ToString());
    }
}
