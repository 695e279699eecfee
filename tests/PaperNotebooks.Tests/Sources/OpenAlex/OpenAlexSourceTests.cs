using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.OpenAlex;

namespace PaperNotebooks.Tests.Sources.OpenAlex;

/// <summary>
/// Works written for these tests in the shape of OpenAlex's works API (https://docs.openalex.org/api-entities/works/work-object),
/// trimmed of fields the reader does not use. <c>Fixtures/works-page.json</c> is written by hand the same way: see its README.
/// </summary>
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
    public void Titles_and_abstracts_lose_the_publishers_inline_markup_but_keep_a_less_than_sign()
    {
        string work = Journal
            .Replace("\"display_name\":\"Über formal unentscheidbare Sätze\"", "\"display_name\":\"Growth of <i>E. coli</i> in H<sub>2</sub>O &amp; D<sub>2</sub>O at T &lt; 4 K <mml:math><mml:mi>x</mml:mi></mml:math>\"")
            .Replace("\"abstract_inverted_index\":null", "\"abstract_inverted_index\":{\"<jats:p>We\":[0],\"show\":[1],\"x<y\":[2],\"and\":[3],\"<3.</jats:p>\":[4]}");

        var paper = Assert.Single(Read(Page(work)).Papers);

        Assert.Equal("Growth of E. coli in H2O & D2O at T < 4 K x", paper.Title);
        Assert.Equal("We show x<y and <3.", paper.Abstract);
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

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Sources", "OpenAlex", "Fixtures", name);

    private static IReadOnlyList<Paper> FixturePapers =>
    [
        new Paper
        {
            Id = "vaswani2017attention", Title = "Attention Is All You Need",
            Authors = ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin"],
            Affiliations = ["Google (United States)", "University of Toronto"],
            Category = "Artificial Intelligence", CategoryName = "Computer Science", Categories = ["Artificial Intelligence"],
            Published = new DateOnly(2017, 6, 12), Updated = new DateOnly(2025, 6, 10),
            Abstract = "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an " +
                "encoder-decoder configuration. The best performing models also connect the encoder and decoder through an attention mechanism. " +
                "We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.",
            ArxivId = "1706.03762", Doi = "10.48550/arxiv.1706.03762", Url = "https://arxiv.org/abs/1706.03762", Line = 11,
        },
        new Paper
        {
            Id = "lecun2015deep", Title = "Deep learning", Authors = ["Yann LeCun", "Yoshua Bengio", "Geoffrey E. Hinton"],
            Affiliations = ["New York University", "Facebook (United States)", "Université de Montréal", "Google (United States)", "University of Toronto"],
            Category = "Computer Vision and Pattern Recognition", CategoryName = "Computer Science",
            Categories = ["Computer Vision and Pattern Recognition", "Artificial Intelligence"],
            Published = new DateOnly(2015, 5, 27), Updated = new DateOnly(2025, 6, 12), Abstract = "",
            Doi = "10.1038/nature14539", Url = "https://doi.org/10.1038/nature14539", Venue = "Nature", Line = 430,
        },
        new Paper
        {
            Id = "he2016deep", Title = "Deep Residual Learning for Image Recognition", Authors = ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
            Affiliations = ["Microsoft Research Asia (China)"],
            Category = "Computer Vision and Pattern Recognition", CategoryName = "Computer Science", Categories = ["Computer Vision and Pattern Recognition"],
            Published = new DateOnly(2016, 6, 1), Updated = new DateOnly(2025, 6, 11),
            Abstract = "Deeper neural networks are more difficult to train. We present a residual learning framework to ease the training of networks " +
                "that are substantially deeper than those used previously.",
            ArxivId = "1512.03385", Doi = "10.1109/cvpr.2016.90", Url = "https://doi.org/10.1109/cvpr.2016.90",
            Venue = "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", Line = 634,
        },
    ];

    [Fact]
    public void A_page_saved_as_json_is_read_as_openalex_to_the_works_it_holds()
    {
        string path = FixturePath("works-page.json");

        var result = PaperSources.ReadFile(path, TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(FixturePapers, result.Papers.WithoutSource());
        Assert.All(result.Papers, paper => Assert.Equal(path, paper.Source));
    }

    [Fact]
    public void An_api_page_and_json_lines_of_the_same_works_read_to_the_same_papers()
    {
        var results = JsonNode.Parse(File.ReadAllText(FixturePath("works-page.json")))!["results"]!.AsArray();
        string lines = string.Join("\n", results.Select(work => work!.ToJsonString())) + "\n";

        var result = Read(lines);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1, 2, 3], result.Papers.Select(p => p.Line));
        Assert.Equal(FixturePapers.Select(p => p with { Line = 0 }), result.Papers.WithoutSource().Select(p => p with { Line = 0 }));
    }

    [Fact]
    public void Json_lines_read_in_blocks_on_all_cores_give_what_one_block_gives_bad_lines_and_all()
    {
        var results = JsonNode.Parse(File.ReadAllText(FixturePath("works-page.json")))!["results"]!.AsArray();
        var works = results.Select(work => work!.ToJsonString()).ToList();
        var random = new Random(31);
        var lines = Enumerable.Range(0, 400).Select(i => (i % 53) switch
        {
            7 => "{\"id\": \"broken",
            11 => "",
            _ => works[i % works.Count].Replace("https://openalex.org/W", $"https://openalex.org/W{i}x"),
        });
        string text = string.Concat(lines.Select(line => line + (random.Next(4) == 0 ? "\r\n" : random.Next(8) == 0 ? "\r" : "\n")));

        ListingParseResult ReadIn(int blockSize)
        {
            var sink = new PaperListSink();
            return sink.ToResult(PaperSources.Read(OpenAlexPaperSource.Instance, Encoding.UTF8.GetBytes(text),
                new SourceContext("works.jsonl", TestPapers.Options, blockSize), sink), "works.jsonl");
        }
        var whole = ReadIn(SourceContext.DefaultBlockSize);
        var blocks = ReadIn(blockSize: 2048);

        Assert.Equal(whole.Papers, blocks.Papers);
        Assert.Equal(whole.Diagnostics, blocks.Diagnostics);
        Assert.Equal(Enumerable.Range(0, 400).Count(i => i % 53 is not (7 or 11)), blocks.Papers.Count);
        Assert.Equal(Enumerable.Range(0, 400).Where(i => i % 53 == 7).Select(i => i + 1), blocks.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Works_written_out_across_lines_one_after_another_are_each_read_at_their_first_line()
    {
        // What jq '.results[]' writes, and one work saved from /works/W... and indented.
        var results = JsonNode.Parse(File.ReadAllText(FixturePath("works-page.json")))!["results"]!.AsArray();
        string text = string.Join("\n", results.Select(work => work!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))) + "\n";
        var starts = text.Split('\n').Select((line, index) => (line, index)).Where(l => l.line == "{").Select(l => l.index + 1).ToList();

        var all = Read(text);
        var one = Read(text[..(text.IndexOf("\n}", StringComparison.Ordinal) + 2)]);

        Assert.Empty(all.Diagnostics);
        Assert.Equal(starts, all.Papers.Select(p => p.Line));
        Assert.Equal(FixturePapers.Select(p => p with { Line = 0 }), all.Papers.WithoutSource().Select(p => p with { Line = 0 }));
        Assert.Empty(one.Diagnostics);
        Assert.Equal("vaswani2017attention", Assert.Single(one.Papers).Id);
    }

    [Fact]
    public void Indented_works_cut_off_keep_the_works_before_the_cut_with_one_error()
    {
        string text = Ulysses + "\n" + Journal;

        var result = Read(text[..^20]);
        var inFirst = Read(text[..text.IndexOf("Masahiro", StringComparison.Ordinal)]);

        Assert.Equal("jacobs2023deepspeed", Assert.Single(result.Papers).Id);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OpenAlexMalformed, error.Code);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.Empty(inFirst.Papers);
        Assert.Equal(DiagnosticCodes.OpenAlexMalformed, Assert.Single(inFirst.Diagnostics).Code);
    }

    [Fact]
    public void A_bad_first_line_of_json_lines_is_skipped_and_the_next_lines_read()
    {
        string text = "{\"authorships\": [\n" + Ulysses.ReplaceLineEndings(" ") + "\n" + Journal.ReplaceLineEndings(" ") + "\n";

        var result = Read(text);

        Assert.Equal([2, 3], result.Papers.Select(p => p.Line));
        Assert.Equal(1, Assert.Single(result.Diagnostics).Line);
    }

    [Fact]
    public void A_doi_url_is_normalised_to_the_lower_case_doi()
    {
        string resolver = Journal.Replace("https://doi.org/10.1007/BF01700692", "http://dx.doi.org/10.1007/BF01700692");

        Assert.Equal("10.1007/bf01700692", Assert.Single(Read(Page(Journal)).Papers).Doi);
        Assert.Equal("10.1007/bf01700692", Assert.Single(Read(Page(resolver)).Papers).Doi);
    }

    [Fact]
    public void The_url_is_the_landing_page_else_the_doi_else_the_openalex_id()
    {
        string noPage = Journal.Replace("\"landing_page_url\":\"https://doi.org/10.1007/bf01700692\",", "");
        string noDoi = noPage.Replace("\"doi\":\"https://doi.org/10.1007/BF01700692\",", "");

        Assert.Equal("https://doi.org/10.1007/bf01700692", Assert.Single(Read(Page(noPage)).Papers).Url);
        Assert.Equal("https://openalex.org/W2000000002", Assert.Single(Read(Page(noDoi)).Papers).Url);
        Assert.Equal("https://doi.org/10.1007/bf01700692", Assert.Single(Read(Page(Journal.Replace("\"landing_page_url\":\"https://doi.org/10.1007/bf01700692\"", "\"landing_page_url\":\"\""))).Papers).Url);
    }

    [Fact]
    public void An_arxiv_doi_gives_the_arxiv_id()
    {
        string work = Ulysses.Replace("https://arxiv.org/abs/2309.14509", "https://example.org/ulysses").Replace("https://arxiv.org/pdf/2309.14509", "https://example.org/ulysses.pdf");

        var paper = Assert.Single(Read(Page(work)).Papers);

        Assert.Equal("2309.14509", paper.ArxivId);
        Assert.Equal("10.48550/arxiv.2309.14509", paper.Doi);
    }

    [Fact]
    public void An_arxiv_id_comes_from_the_ids_of_a_work_without_its_version()
    {
        string work = Journal.Replace("\"publication_year\":1931,", "\"publication_year\":1931,\"ids\":{\"openalex\":\"https://openalex.org/W2000000002\",\"mag\":\"2000000002\",\"arxiv\":\"https://arxiv.org/abs/2401.01234v3\"},");

        Assert.Equal("2401.01234", Assert.Single(Read(Page(work)).Papers).ArxivId);
    }

    [Fact]
    public void Arxiv_is_not_a_venue_but_a_journal_is()
    {
        var papers = Read(Page(Ulysses, Journal)).Papers;

        Assert.Null(papers[0].Venue);
        Assert.Equal("Monatshefte für Mathematik", papers[1].Venue);
    }

    [Fact]
    public void The_primary_topic_subfield_is_the_category_and_its_field_the_category_name()
    {
        var paper = Assert.Single(Read(Page(Ulysses)).Papers);

        Assert.Equal("Hardware and Architecture", paper.Category);
        Assert.Equal("Computer Science", paper.CategoryName);
        Assert.Equal(["Hardware and Architecture", "Artificial Intelligence"], paper.Categories);
    }

    [Fact]
    public void A_work_without_a_topic_has_an_empty_category_and_no_categories()
    {
        var paper = Assert.Single(Read(Page(Journal)).Papers);

        Assert.Equal("", paper.Category);
        Assert.Null(paper.CategoryName);
        Assert.Empty(paper.Categories);
    }

    [Fact]
    public void A_work_with_only_a_publication_year_is_dated_january_first()
    {
        var paper = Assert.Single(Read(Page(Journal)).Papers);

        Assert.Equal(new DateOnly(1931, 1, 1), paper.Published);
        Assert.Null(paper.Updated);
    }

    [Fact]
    public void A_work_without_a_title_is_skipped_with_its_line()
    {
        string untitled = Journal.Replace("\"title\":\"Über formal unentscheidbare Sätze\",\"display_name\":\"Über formal unentscheidbare Sätze\",", "");

        var result = Read(Page(Ulysses, untitled, Journal));

        Assert.Equal([3, 5], result.Papers.Select(p => p.Line));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OpenAlexWorkSkipped, error.Code);
        Assert.Equal(4, error.Line);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void A_title_is_taken_from_title_when_display_name_is_missing()
    {
        string work = Journal.Replace("\"display_name\":\"Über formal unentscheidbare Sätze\",", "");

        Assert.Equal("Über formal unentscheidbare Sätze", Assert.Single(Read(Page(work)).Papers).Title);
    }
}
