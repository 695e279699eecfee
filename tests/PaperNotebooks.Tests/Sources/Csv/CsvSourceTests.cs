using System.Text;
using PaperNotebooks.Export;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.Csv;

namespace PaperNotebooks.Tests.Sources.Csv;

public sealed class CsvSourceTests : SourceContract
{
    private const string Header = "id,title,authors,authorsTruncated,affiliations,category,categoryName,published,yearInferred,hasCode,codeUrl,links,score,abstract,line\r\n";

    private protected override IPaperSource Source => CsvPaperSource.Instance;

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() =>
        (Encoding.UTF8.GetBytes(PaperExport.ToString(TestPapers.Seed, ExportFormat.Csv)), TestPapers.Seed);

    private protected override (string Text, int Line) Broken =>
        (Header +
         "a,A,Jane Doe,false,,cs.CL,,2024-07-04,false,false,,,,\"two\r\nlines\",1\r\n" +
         "b,B,Jane Doe,maybe,,cs.CL,,2024-07-04,false,false,,,,,4\r\n", 4);

    [Fact]
    public void A_header_without_the_fields_reads_nothing_and_says_which_are_missing()
    {
        var result = PaperSources.Read(new MemoryStream(Encoding.UTF8.GetBytes("id,title,x\r\na,A,1\r\n")), TestPapers.Options, format: "csv");

        Assert.Empty(result.Papers);
        Assert.Contains("category", Assert.Single(result.Diagnostics).Message);
    }
}
