using PaperNotebooks.Export;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Export;

public sealed class JsonExportTests
{
    [Fact]
    public void Json_gives_every_field_in_order_and_keeps_accents_readable()
    {
        var json = PaperExport.ToString([SamplePapers.Plain], ExportFormat.Json);

        Assert.Equal(
            """
            [
              {
                "id": "tanaka2021automatic",
                "title": "Automatic Summarization, Revisited",
                "authors": [
                  "Akiko Tanaka",
                  "José Müller"
                ],
                "authorsTruncated": true,
                "affiliations": [
                  "University of Tokyo",
                  "ETH Zürich"
                ],
                "category": "cs.CL",
                "categoryName": "Computation and Language",
                "published": "2021-07-04",
                "yearInferred": false,
                "hasCode": true,
                "codeUrl": "https://github.com/tanaka/summ",
                "links": [
                  "https://github.com/tanaka/summ",
                  "https://example.org/paper"
                ],
                "score": 67.5,
                "abstract": "We revisit summarization.",
                "line": 3,
                "arxivId": "2107.01234",
                "doi": "10.1145/3458817.3476209",
                "url": "https://arxiv.org/abs/2107.01234",
                "venue": "Transactions of the ACL",
                "categories": [
                  "cs.CL",
                  "cs.AI"
                ],
                "updated": "2021-09-01",
                "source": "refs.bib"
              }
            ]

            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Json_writes_nulls_and_empty_lists_for_missing_values()
    {
        var json = PaperExport.ToString([SamplePapers.QuotesAndLineBreaks], ExportFormat.Json);

        Assert.Contains("\"categoryName\": null,", json, StringComparison.Ordinal);
        Assert.Contains("\"codeUrl\": null,", json, StringComparison.Ordinal);
        Assert.Contains("\"score\": null,", json, StringComparison.Ordinal);
        Assert.Contains("\"affiliations\": [],", json, StringComparison.Ordinal);
        Assert.Contains("\"links\": [],", json, StringComparison.Ordinal);
        Assert.Contains("\\\"Quoted\\\"", json, StringComparison.Ordinal);
        Assert.Contains("First line.\\nSecond line", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_no_papers_is_an_empty_array()
    {
        Assert.Equal("[]\n", PaperExport.ToString([], ExportFormat.Json));
        Assert.Empty(PaperExport.ReadJson(new StringReader("[]")));
    }

    [Fact]
    public void Json_round_trip_gives_back_the_same_papers()
    {
        var json = PaperExport.ToString(SamplePapers.Tricky, ExportFormat.Json);

        var papers = PaperExport.ReadJson(new StringReader(json));

        Assert.Equal(SamplePapers.Tricky, papers);
    }

    [Fact]
    public void Json_round_trip_holds_for_an_export_larger_than_one_chunk()
    {
        var many = Enumerable.Range(0, 2_000).Select(i => SamplePapers.QuotesAndLineBreaks with { Id = $"paper{i}", Line = i }).ToList();
        using var writer = new StringWriter();
        PaperExport.Write(many, ExportFormat.Json, writer);

        var papers = PaperExport.ReadJson(new StringReader(writer.ToString()));

        Assert.Equal(many, papers);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1]")]
    [InlineData("[{\"id\": \"a\"}]")]
    [InlineData("[{\"id\": \"a\", \"title\": \"t\", \"category\": \"cs.CL\", \"published\": \"July 4\", \"abstract\": \"\"}]")]
    [InlineData("[")]
    public void Reading_json_that_is_not_an_export_fails_with_a_format_error(string json) =>
        Assert.Throws<FormatException>(() => PaperExport.ReadJson(new StringReader(json)));

    [Fact]
    public void Reading_json_with_two_papers_of_one_id_fails_with_a_format_error()
    {
        var json = PaperExport.ToString([SamplePapers.Plain, SamplePapers.Plain with { Line = 9 }], ExportFormat.Json);

        Assert.Throws<FormatException>(() => PaperExport.ReadJson(new StringReader(json)));
    }
}
