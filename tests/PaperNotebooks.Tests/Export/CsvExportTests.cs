using PaperNotebooks.Export;

namespace PaperNotebooks.Tests.Export;

public sealed class CsvExportTests
{
    private const string Header =
        "id,title,authors,authorsTruncated,affiliations,category,categoryName,published,yearInferred,hasCode,codeUrl,links,score,abstract,line,"
        + "arxivId,doi,url,venue,categories,updated,source";

    [Fact]
    public void Csv_has_a_header_and_one_crlf_ended_row_per_paper()
    {
        var csv = PaperExport.ToString([SamplePapers.Plain], ExportFormat.Csv);

        Assert.Equal(
            Header + "\r\n"
            + "tanaka2021automatic,\"Automatic Summarization, Revisited\",Akiko Tanaka; José Müller,true,"
            + "University of Tokyo; ETH Zürich,cs.CL,Computation and Language,2021-07-04,false,true,"
            + "https://github.com/tanaka/summ,https://github.com/tanaka/summ https://example.org/paper,67.5,"
            + "We revisit summarization.,3,2107.01234,10.1145/3458817.3476209,https://arxiv.org/abs/2107.01234,"
            + "Transactions of the ACL,cs.CL; cs.AI,2021-09-01,refs.bib\r\n",
            csv);
    }

    [Fact]
    public void Csv_quotes_fields_with_quotes_and_line_breaks_and_leaves_nulls_empty()
    {
        var csv = PaperExport.ToString([SamplePapers.QuotesAndLineBreaks], ExportFormat.Csv);

        Assert.Contains(",\"The \"\"Quoted\"\" Title; with a semicolon, and a comma\",", csv, StringComparison.Ordinal);
        Assert.Contains(",\"First line.\nSecond line, with a comma.\r\nThird \"\"quoted\"\" line; 🚀 and tabs\there.\",", csv, StringComparison.Ordinal);
        Assert.Contains(",XY,,2023-02-28,true,false,,,,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_round_trip_gives_back_the_same_papers()
    {
        var csv = PaperExport.ToString(SamplePapers.Tricky, ExportFormat.Csv);

        var papers = PaperExport.ReadCsv(new StringReader(csv));

        Assert.Equal(SamplePapers.Tricky, papers);
    }

    [Fact]
    public void Csv_round_trip_keeps_the_exact_score()
    {
        var paper = SamplePapers.Edges;
        var csv = PaperExport.ToString([paper], ExportFormat.Csv);

        Assert.Equal(0.1 + 0.2, PaperExport.ReadCsv(new StringReader(csv))[0].Score);
    }

    [Fact]
    public void Csv_columns_are_read_by_header_name_in_any_order()
    {
        var columns = Header.Split(',').Reverse().ToArray();
        var values = new Dictionary<string, string>
        {
            ["id"] = "a1", ["title"] = "A", ["authors"] = "X; Y", ["authorsTruncated"] = "false", ["affiliations"] = "",
            ["category"] = "cs.DB", ["categoryName"] = "Databases", ["published"] = "2020-01-02", ["yearInferred"] = "false",
            ["hasCode"] = "false", ["codeUrl"] = "", ["links"] = "", ["score"] = "", ["abstract"] = "Text.", ["line"] = "7",
            ["arxivId"] = "", ["doi"] = "", ["url"] = "", ["venue"] = "", ["categories"] = "cs.DB", ["updated"] = "", ["source"] = "",
        };
        var csv = string.Join(",", columns) + "\r\n" + string.Join(",", columns.Select(c => values[c])) + "\r\n";

        var paper = Assert.Single(PaperExport.ReadCsv(new StringReader(csv)));

        Assert.Equal(["X", "Y"], paper.Authors);
        Assert.Equal("cs.DB", paper.Category);
        Assert.Equal(new DateOnly(2020, 1, 2), paper.Published);
        Assert.Null(paper.Score);
        Assert.Equal(7, paper.Line);
    }

    [Fact]
    public void Csv_written_before_the_source_fields_existed_still_reads_and_leaves_them_empty()
    {
        const string oldHeader =
            "id,title,authors,authorsTruncated,affiliations,category,categoryName,published,yearInferred,hasCode,codeUrl,links,score,abstract,line";
        var csv = oldHeader + "\r\na1,A,X; Y,false,,cs.DB,Databases,2020-01-02,false,false,,,,Text.,7\r\n";

        var paper = Assert.Single(PaperExport.ReadCsv(new StringReader(csv)));

        Assert.Equal(("a1", 7), (paper.Id, paper.Line));
        Assert.Null(paper.ArxivId);
        Assert.Null(paper.Updated);
        Assert.Empty(paper.Categories);
    }

    [Fact]
    public void Csv_of_no_papers_is_the_header_alone_and_reads_back_empty()
    {
        var csv = PaperExport.ToString([], ExportFormat.Csv);

        Assert.Equal(Header + "\r\n", csv);
        Assert.Empty(PaperExport.ReadCsv(new StringReader(csv)));
        Assert.Empty(PaperExport.ReadCsv(new StringReader("")));
    }

    [Theory]
    [InlineData("id,title\r\na,b\r\n")]
    [InlineData(Header + "\r\na,b\r\n")]
    [InlineData(Header + "\r\na,t,,maybe,,cs.CL,,2020-01-01,false,false,,,,x,1\r\n")]
    [InlineData(Header + "\r\na,t,,false,,cs.CL,,2020-13-01,false,false,,,,x,1\r\n")]
    [InlineData(Header + "\r\na,t,,false,,cs.CL,,2020-01-01,false,false,,,high,x,1\r\n")]
    [InlineData(Header + "\r\na,\"t\"x\"y,,false,,cs.CL,,2020-01-01,false,false,,,,x,1\r\n")]
    public void Reading_csv_that_is_not_an_export_fails_with_a_format_error(string csv) =>
        Assert.ThrowsAny<FormatException>(() => PaperExport.ReadCsv(new StringReader(csv)));
}
