using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.OpenAlex;

namespace PaperNotebooks.Tests.Sources.OpenAlex;

/// <summary>Works written for these tests in the shape of OpenAlex's works API (https://docs.openalex.org/api-entities/works/work-object), trimmed of fields the reader does not use.</summary>
public sealed class OpenAlexSourceTests : SourceContract
{
    internal const string Ulysses = """
        {"id":"https://openalex.org/W4387211111","doi":"https://doi.org/10.48550/arXiv.2309.14509","display_name":"DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme Long Sequence Transformer Models",
         "publication_year":2023,"publication_date":"2023-09-25","updated_date":"2025-01-10T05:11:02.123456",
         "primary_location":{"landing_page_url":"https://arxiv.org/abs/2309.14509","pdf_url":"https://arxiv.org/pdf/2309.14509","source":{"display_name":"arXiv (Cornell University)","type":"repository"}},
         "authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A1","display_name":"Sam Ade Jacobs"},"institutions":[{"display_name":"Microsoft (United States)"}]},
                        {"author_position":"last","author":{"id":"https://openalex.org/A2","display_name":"Masahiro Tanaka"},"institutions":[{"display_name":"Microsoft (United States)"}]}],
         "primary_topic":{"display_name":"Parallel Computing and Optimization Techniques","subfield":{"display_name":"Hardware and Architecture"},"field":{"display_name":"Computer Science"}},
         "topics":[{"subfield":{"display_name":"Hardware and Architecture"}},{"subfield":{"display_name":"Artificial Intelligence"}}],
         "abstract_inverted_index":{"Code":[0],"at":[1],"https://github.com/microsoft/DeepSpeed.":[2]}}
        """;

    internal const string Journal = """
        {"id":"https://openalex.org/W2000000002","doi":"https://doi.org/10.1007/BF01700692","title":"Über formal unentscheidbare Sätze","display_name":"Über formal unentscheidbare Sätze",
         "publication_year":1931,"publication_date":null,
         "primary_location":{"landing_page_url":"https://doi.org/10.1007/bf01700692","source":{"display_name":"Monatshefte für Mathematik"}},
         "authorships":[{"author":{"display_name":"Kurt Gödel"},"institutions":[]}],
         "primary_topic":null,"abstract_inverted_index":null}
        """;

    private protected override IPaperSource Source => OpenAlexPaperSource.Instance;

    internal static string Page(params string[] works) =>
        "{\"meta\":{\"count\":" + works.Length + ",\"db_response_time_ms\":30,\"page\":null,\"per_page\":200,\"next_cursor\":null},\n\"results\":[\n" +
        string.Join(",\n", works.Select(w => w.ReplaceLineEndings(" "))) + "\n],\"group_by\":[]}\n";

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() =>
        (Encoding.UTF8.GetBytes(Page(Ulysses, Journal)),
        [
            new Paper
            {
                Id = "jacobs2023deepspeed", Title = "DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme Long Sequence Transformer Models",
                Authors = ["Sam Ade Jacobs", "Masahiro Tanaka"], Affiliations = ["Microsoft (United States)"],
                Category = "Hardware and Architecture", CategoryName = "Computer Science", Categories = ["Hardware and Architecture", "Artificial Intelligence"],
                Published = new DateOnly(2023, 9, 25), Updated = new DateOnly(2025, 1, 10),
                Abstract = "Code at https://github.com/microsoft/DeepSpeed.", Links = ["https://github.com/microsoft/DeepSpeed"],
                HasCode = true, CodeUrl = "https://github.com/microsoft/DeepSpeed",
                ArxivId = "2309.14509", Doi = "10.48550/arxiv.2309.14509", Url = "https://arxiv.org/abs/2309.14509", Line = 3,
            },
            new Paper
            {
                Id = "godel1931uber", Title = "Über formal unentscheidbare Sätze", Authors = ["Kurt Gödel"],
                Category = "", Published = new DateOnly(1931, 1, 1), Abstract = "",
                Doi = "10.1007/bf01700692", Url = "https://doi.org/10.1007/bf01700692", Venue = "Monatshefte für Mathematik", Line = 4,
            },
        ]);

    private protected override (string Text, int Line) Broken =>
        (Page(Ulysses, """{"id":"https://openalex.org/W3","publication_year":2024,"authorships":[]}"""), 4);

    private static ListingParseResult Read(string text) =>
        PaperSources.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestPapers.Options, "works.json");

    [Fact]
    public void The_abstract_is_rebuilt_from_its_inverted_index_in_word_order()
    {
        string work = Journal.Replace("\"abstract_inverted_index\":null", "\"abstract_inverted_index\":{\"the\":[1,4],\"We\":[0],\"prove\":[2],\"that\":[3],\"theorem.\":[5]}");

        Assert.Equal("We the prove that the theorem.", Assert.Single(Read(Page(work)).Papers).Abstract);
    }

    [Fact]
    public void Json_lines_of_works_are_read_a_line_each_and_a_bad_line_is_skipped()
    {
        string text = Ulysses.ReplaceLineEndings(" ") + "\n{\"authorships\": [\n" + Journal.ReplaceLineEndings(" ") + "\n";

        var result = Read(text);

        Assert.Equal([1, 3], result.Papers.Select(p => p.Line));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OpenAlexMalformed, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_page_cut_off_keeps_the_works_before_the_cut()
    {
        string page = Page(Journal, Ulysses);

        var result = Read(page[..(page.IndexOf("DeepSpeed", StringComparison.Ordinal) + 5)]);

        Assert.Equal("godel1931uber", Assert.Single(result.Papers).Id);
        Assert.Equal(DiagnosticCodes.OpenAlexMalformed, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_empty_page_gives_no_papers_and_no_diagnostics()
    {
        var result = Read("{\"meta\":{\"count\":0,\"next_cursor\":null},\"results\":[],\"group_by\":[]}");

        Assert.Empty(result.Papers);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_work_without_a_year_is_skipped_with_its_line()
    {
        var result = Read(Page(Journal.Replace("\"publication_year\":1931,", "")));

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OpenAlexWorkSkipped, error.Code);
        Assert.Contains("publication", error.Message);
    }

    [Fact]
    public void An_arxiv_id_comes_from_a_location_on_arxiv_and_arxiv_is_not_a_venue()
    {
        string work = Ulysses.Replace("\"doi\":\"https://doi.org/10.48550/arXiv.2309.14509\",", "");

        var paper = Assert.Single(Read(Page(work)).Papers);

        Assert.Equal("2309.14509", paper.ArxivId);
        Assert.Null(paper.Venue);
        Assert.Null(paper.Doi);
    }

    [Fact]
    public void A_ten_megabyte_abstract_is_read_whole()
    {
        string words = string.Join(",", Enumerable.Range(0, 1_000_000).Select(i => $"\"w{i}\":[{i}]"));
        string work = Journal.Replace("\"abstract_inverted_index\":null", "\"abstract_inverted_index\":{" + words + "}");

        var paper = Assert.Single(Read(Page(work)).Papers);

        Assert.StartsWith("w0 w1 w2", paper.Abstract);
        Assert.EndsWith("w999999", paper.Abstract);
    }
}
