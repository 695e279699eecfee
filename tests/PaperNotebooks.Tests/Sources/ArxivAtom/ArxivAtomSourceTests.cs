using System.Diagnostics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.ArxivAtom;

namespace PaperNotebooks.Tests.Sources.ArxivAtom;

public sealed class ArxivAtomSourceTests : SourceContract
{
    private const string SampleText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <link href="http://arxiv.org/api/query?search_query%3D%26id_list%3D2309.14509%2Chep-th%2F9901001%26start%3D0%26max_results%3D10" rel="self" type="application/atom+xml"/>
          <title type="html">ArXiv Query: search_query=&amp;id_list=2309.14509,hep-th/9901001&amp;start=0&amp;max_results=10</title>
          <id>http://arxiv.org/api/6iW8nbGnAx0ClGs2ugCsvg7iTQ0</id>
          <updated>2024-03-05T00:00:00-05:00</updated>
          <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">2</opensearch:totalResults>
          <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
          <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">10</opensearch:itemsPerPage>
          <entry>
            <id>http://arxiv.org/abs/2309.14509v2</id>
            <updated>2023-10-04T20:38:06Z</updated>
            <published>2023-09-25T20:15:57Z</published>
            <title>DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme
          Long Sequence Transformer Models</title>
            <summary>  Computation in a typical Transformer-based large language model (LLM) can
        be characterized by batch size, hidden dimension, number of layers, and
        sequence length. See https://www.deepspeed.ai for more.
        </summary>
            <author>
              <name>Sam Ade Jacobs</name>
              <arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">Microsoft</arxiv:affiliation>
            </author>
            <author>
              <name>Masahiro Tanaka</name>
              <arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">Microsoft</arxiv:affiliation>
            </author>
            <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">Code: https://github.com/microsoft/DeepSpeed</arxiv:comment>
            <link href="http://arxiv.org/abs/2309.14509v2" rel="alternate" type="text/html"/>
            <link title="pdf" href="http://arxiv.org/pdf/2309.14509v2" rel="related" type="application/pdf"/>
            <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
            <category term="cs.DC" scheme="http://arxiv.org/schemas/atom"/>
            <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
          </entry>
          <entry>
            <id>http://arxiv.org/abs/hep-th/9901001v1</id>
            <updated>1999-01-02T10:00:00Z</updated>
            <published>1999-01-02T10:00:00Z</published>
            <title>A Note on Branes</title>
            <summary>We study branes.</summary>
            <author>
              <name>Ann Physicist</name>
            </author>
            <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1016/S0550-3213(99)00001-X</arxiv:doi>
            <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">Nucl.Phys. B548 (1999)
              1-20</arxiv:journal_ref>
            <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="hep-th" scheme="http://arxiv.org/schemas/atom"/>
            <category term="hep-th" scheme="http://arxiv.org/schemas/atom"/>
          </entry>
        </feed>
        """;

    private protected override IPaperSource Source => ArxivAtomPaperSource.Instance;

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() =>
        (Encoding.UTF8.GetBytes(SampleText),
        [
            new Paper
            {
                Id = "jacobs2023deepspeed",
                Title = "DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme Long Sequence Transformer Models",
                Authors = ["Sam Ade Jacobs", "Masahiro Tanaka"], Affiliations = ["Microsoft"],
                Category = "cs.LG", CategoryName = "Machine Learning", Categories = ["cs.LG", "cs.DC"],
                Published = new DateOnly(2023, 9, 25), Updated = new DateOnly(2023, 10, 4),
                Abstract = "Computation in a typical Transformer-based large language model (LLM) can be characterized by " +
                    "batch size, hidden dimension, number of layers, and sequence length. See https://www.deepspeed.ai for more.",
                Links = ["https://www.deepspeed.ai", "https://github.com/microsoft/DeepSpeed"],
                HasCode = true, CodeUrl = "https://github.com/microsoft/DeepSpeed",
                ArxivId = "2309.14509", Url = "https://arxiv.org/abs/2309.14509", Line = 10,
            },
            new Paper
            {
                Id = "physicist1999note", Title = "A Note on Branes", Authors = ["Ann Physicist"],
                Category = "hep-th", Categories = ["hep-th"],
                Published = new DateOnly(1999, 1, 2), Updated = new DateOnly(1999, 1, 2), Abstract = "We study branes.",
                ArxivId = "hep-th/9901001", Doi = "10.1016/s0550-3213(99)00001-x", Venue = "Nucl.Phys. B548 (1999) 1-20",
                Url = "https://arxiv.org/abs/hep-th/9901001", Line = 35,
            },
        ]);

    private protected override (string Text, int Line) Broken =>
        (Feed(Entry("<id>http://arxiv.org/abs/2401.00001v1</id><title>Kept</title><published>2024-01-01T00:00:00Z</published>"),
            Entry("<id>http://arxiv.org/abs/2401.00002v1</id>\n<published>2024-01-01T00:00:00Z</published>")), 4);

    private const string Head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n";

    /// <summary>A feed of the given entries, each starting on its own line: the first on line 3.</summary>
    private static string Feed(params string[] entries) => Head + string.Concat(entries.Select(e => e + "\n")) + "</feed>\n";

    private static string Entry(string body) => $"<entry>{body}</entry>";

    /// <summary>An entry with an id, a title and a date, and <paramref name="more"/>.</summary>
    private static string Minimal(string more = "", string id = "http://arxiv.org/abs/2401.01234v1", string title = "T") =>
        Entry($"<id>{id}</id><title>{title}</title><published>2024-01-02T03:04:05Z</published>{more}");

    private static ListingParseResult Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static ListingParseResult Read(byte[] bytes) =>
        PaperSources.Read(new MemoryStream(bytes), TestPapers.Options, "query.atom", "arxiv-atom");

    private static Paper One(string entry)
    {
        var result = Read(Feed(entry));
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Papers);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Sources", "ArxivAtom", "Fixtures", name);

    [Fact]
    public void Every_entry_of_the_hand_written_fixture_reads_with_its_fields()
    {
        var result = PaperSources.ReadFile(Fixture("query.atom"), TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["1706.03762", "1810.04805", "2106.09685", "hep-th/9711200"], result.Papers.Select(p => p.ArxivId));
        Assert.Equal(["vaswani2017attention", "devlin2018bert", "hu2021lora", "maldacena1997large"], result.Papers.Select(p => p.Id));
        var attention = result.Papers[0];
        Assert.Equal("Attention Is All You Need", attention.Title);
        Assert.Equal(8, attention.Authors.Count);
        Assert.Equal(("cs.CL", "Computation and Language"), (attention.Category, attention.CategoryName));
        Assert.Equal(["cs.CL", "cs.LG"], attention.Categories);
        Assert.Equal(new DateOnly(2017, 6, 12), attention.Published);
        Assert.Equal("https://arxiv.org/abs/1706.03762", attention.Url);
        Assert.Equal("https://github.com/microsoft/LoRA", result.Papers[2].CodeUrl);
        var maldacena = result.Papers[3];
        Assert.Equal(("10.1023/a:1026654312961", "Adv.Theor.Math.Phys.2:231-252,1998"), (maldacena.Doi, maldacena.Venue));
        Assert.Equal(["Harvard University"], maldacena.Affiliations);
        Assert.All(result.Papers, p =>
        {
            Assert.DoesNotContain('\n', p.Title + p.Abstract);
            Assert.DoesNotContain("  ", p.Title + p.Abstract, StringComparison.Ordinal);
            Assert.NotEmpty(p.Abstract);
            Assert.True(p.Line > 0);
        });
    }

    [Theory]
    [InlineData("http://arxiv.org/abs/2309.14509v2", "2309.14509")]
    [InlineData("https://arxiv.org/abs/1706.03762v7", "1706.03762")]
    [InlineData("http://arxiv.org/abs/0704.0001v1", "0704.0001")]
    [InlineData("http://arxiv.org/abs/2401.01234", "2401.01234")]
    public void The_version_suffix_is_removed_from_the_arxiv_id(string id, string arxivId)
    {
        var paper = One(Minimal(id: id));

        Assert.Equal(arxivId, paper.ArxivId);
    }

    [Theory]
    [InlineData("http://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001")]
    [InlineData("http://arxiv.org/abs/cond-mat/0102536v3", "cond-mat/0102536")]
    [InlineData("http://arxiv.org/abs/math/0309136v2", "math/0309136")]
    public void An_old_style_id_keeps_its_archive_and_loses_its_version(string id, string arxivId)
    {
        var paper = One(Minimal(id: id));

        Assert.Equal(arxivId, paper.ArxivId);
        Assert.Equal($"https://arxiv.org/abs/{arxivId}", paper.Url);
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_in_titles_and_abstracts_become_one_space()
    {
        var paper = One(Entry(
            "<id>http://arxiv.org/abs/2401.01234v1</id><published>2024-01-02T03:04:05Z</published>\n" +
            "<title>  Long\n  Title\twith   Gaps </title>\n" +
            "<summary>\n  First line,\n  second line.\r\n\n  Next paragraph.\n</summary>"));

        Assert.Equal("Long Title with Gaps", paper.Title);
        Assert.Equal("First line, second line. Next paragraph.", paper.Abstract);
        Assert.Equal("taylor2024long", One(Minimal("<author><name>\n  Ann\n  Taylor </name></author>", title: "Long\n Title")).Id);
    }

    [Fact]
    public void Authors_keep_their_order_and_affiliations_are_distinct_in_order()
    {
        var paper = One(Minimal(
            "<author><name>Ann Lee</name><arxiv:affiliation>MIT</arxiv:affiliation><arxiv:affiliation>Google</arxiv:affiliation></author>" +
            "<author><name>Bo Chen</name></author>" +
            "<author><name>Cy Diaz</name><arxiv:affiliation>Google</arxiv:affiliation><arxiv:affiliation>ETH  Zurich</arxiv:affiliation></author>"));

        Assert.Equal(["Ann Lee", "Bo Chen", "Cy Diaz"], paper.Authors);
        Assert.Equal(["MIT", "Google", "ETH Zurich"], paper.Affiliations);
        Assert.Equal("lee2024t", paper.Id);
    }

    [Fact]
    public void Categories_put_the_primary_first_and_leave_out_acm_and_msc_classes()
    {
        var paper = One(Minimal(
            "<category term=\"cs.AI\" scheme=\"http://arxiv.org/schemas/atom\"/>" +
            "<category term=\"stat.ML\" scheme=\"http://arxiv.org/schemas/atom\"/>" +
            "<category term=\"I.2.7\" scheme=\"http://arxiv.org/schemas/atom\"/>" +
            "<category term=\"68T50\" scheme=\"http://arxiv.org/schemas/atom\"/>" +
            "<category term=\"cs.CL\" scheme=\"http://arxiv.org/schemas/atom\"/>" +
            "<arxiv:primary_category term=\"cs.CL\" scheme=\"http://arxiv.org/schemas/atom\"/>"));

        Assert.Equal(("cs.CL", "Computation and Language"), (paper.Category, paper.CategoryName));
        Assert.Equal(["cs.CL", "cs.AI", "stat.ML"], paper.Categories);
    }

    [Fact]
    public void Without_a_primary_category_the_first_category_is_primary()
    {
        var paper = One(Minimal("<category term=\"cond-mat.str-el\"/><category term=\"quant-ph\"/>"));

        Assert.Equal(("cond-mat.str-el", null), (paper.Category, paper.CategoryName));
        Assert.Equal(["cond-mat.str-el", "quant-ph"], paper.Categories);
        Assert.Empty(One(Minimal()).Categories);
        Assert.Equal("", One(Minimal()).Category);
    }

    [Theory]
    [InlineData("10.1103/PhysRevLett.116.061102", "10.1103/physrevlett.116.061102")]
    [InlineData("https://doi.org/10.1145/3458817.3476209", "10.1145/3458817.3476209")]
    [InlineData(" 10.1007/JHEP01(2020)001 10.1007/JHEP02(2021)002 ", "10.1007/jhep01(2020)001")]
    [InlineData("not a doi", null)]
    public void The_doi_is_lower_case_without_a_resolver_and_the_first_of_several(string doi, string? expected)
    {
        Assert.Equal(expected, One(Minimal($"<arxiv:doi>{doi}</arxiv:doi>")).Doi);
    }

    [Fact]
    public void The_journal_reference_is_the_venue()
    {
        Assert.Equal("Phys. Rev. D 76, 013009 (2007)", One(Minimal("<arxiv:journal_ref>Phys. Rev. D\n  76, 013009 (2007)</arxiv:journal_ref>")).Venue);
        Assert.Null(One(Minimal()).Venue);
    }

    [Fact]
    public void Code_links_are_found_in_the_comment_as_well_as_in_the_abstract()
    {
        var inComment = One(Minimal("<summary>No links here.</summary><arxiv:comment>12 pages; code at https://github.com/a/b.</arxiv:comment>"));
        var inAbstract = One(Minimal("<summary>Code: https://gitlab.com/c/d</summary><arxiv:comment>see https://github.com/a/b</arxiv:comment>"));

        Assert.Equal((true, "https://github.com/a/b"), (inComment.HasCode, inComment.CodeUrl));
        Assert.Equal(["https://github.com/a/b"], inComment.Links);
        Assert.Equal("No links here.", inComment.Abstract);
        Assert.Equal("https://gitlab.com/c/d", inAbstract.CodeUrl);
        Assert.Equal(["https://gitlab.com/c/d", "https://github.com/a/b"], inAbstract.Links);
    }

    [Fact]
    public void The_url_is_the_abstract_page_of_the_latest_version_and_an_alternate_link_elsewhere_is_kept()
    {
        var linked = One(Minimal(
            "<link title=\"pdf\" href=\"http://arxiv.org/pdf/2401.01234v1\" rel=\"related\" type=\"application/pdf\"/>" +
            "<link href=\"http://arxiv.org/abs/2401.01234v1\" rel=\"alternate\" type=\"text/html\"/>"));
        var unlinked = One(Minimal("<link title=\"pdf\" href=\"http://arxiv.org/pdf/2401.01234v1\" rel=\"related\"/>"));
        var elsewhere = One(Minimal("<link href=\"https://example.org/papers/42\" rel=\"alternate\" type=\"text/html\"/>"));

        Assert.Equal("https://arxiv.org/abs/2401.01234", linked.Url);
        Assert.Equal("https://arxiv.org/abs/2401.01234", unlinked.Url);
        Assert.Equal("https://example.org/papers/42", elsewhere.Url);
    }

    [Fact]
    public void An_element_given_twice_keeps_the_first_and_the_rest_of_the_feed_is_read()
    {
        var result = Read(Feed(
            Minimal("<title>Second Title</title><id>http://arxiv.org/abs/2401.99999v1</id><summary>A</summary><summary>B</summary>" +
                "<author><name>Ann Lee</name><name>Bo Chen</name></author><arxiv:doi>10.1234/a</arxiv:doi><arxiv:doi>10.1234/b</arxiv:doi>" +
                "<arxiv:primary_category term=\"cs.CL\"/><arxiv:primary_category term=\"cs.LG\"/>", title: "First Title"),
            Minimal(title: "Next")));

        Assert.Empty(result.Diagnostics);
        var paper = result.Papers[0];
        Assert.Equal(("First Title", "2401.01234", "A", "10.1234/a", "cs.CL"), (paper.Title, paper.ArxivId, paper.Abstract, paper.Doi, paper.Category));
        Assert.Equal(["Ann Lee"], paper.Authors);
        Assert.Equal("Next", result.Papers[1].Title);
    }

    [Fact]
    public void Updated_is_the_day_of_the_latest_version_and_absent_when_not_given()
    {
        Assert.Equal(new DateOnly(2024, 5, 6), One(Minimal("<updated>2024-05-06T23:59:59Z</updated>")).Updated);
        Assert.Null(One(Minimal()).Updated);
    }

    [Fact]
    public void An_api_error_feed_is_one_error_with_arxivs_message_and_no_paper()
    {
        // The shape of the arXiv API user manual's example of an error response.
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
              <link xmlns="http://www.w3.org/2005/Atom" href="http://arxiv.org/api/query?search_query=&amp;id_list=1234.12345&amp;start=0&amp;max_results=10" rel="self" type="application/atom+xml"/>
              <title xmlns="http://www.w3.org/2005/Atom" type="html">ArXiv Query: search_query=&amp;id_list=1234.12345&amp;start=0&amp;max_results=10</title>
              <id xmlns="http://www.w3.org/2005/Atom">http://arxiv.org/api/kvuntZ8c9a4Eq5CF7KY03nMug+Q</id>
              <updated xmlns="http://www.w3.org/2005/Atom">2007-10-12T00:00:00-04:00</updated>
              <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:totalResults>
              <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
              <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:itemsPerPage>
              <entry xmlns="http://www.w3.org/2005/Atom">
                <id xmlns="http://www.w3.org/2005/Atom">http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>
                <title xmlns="http://www.w3.org/2005/Atom">Error</title>
                <summary xmlns="http://www.w3.org/2005/Atom">incorrect id format for 1234.12345</summary>
                <updated xmlns="http://www.w3.org/2005/Atom">2007-10-12T00:00:00-04:00</updated>
                <link xmlns="http://www.w3.org/2005/Atom" href="http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345" rel="alternate" type="text/html"/>
                <author xmlns="http://www.w3.org/2005/Atom">
                  <name xmlns="http://www.w3.org/2005/Atom">arXiv api core</name>
                </author>
              </entry>
            </feed>
            """;
        var result = Read(text);

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ArxivApiError, DiagnosticSeverity.Error, 10), (error.Code, error.Severity, error.Line));
        Assert.Contains("incorrect id format for 1234.12345", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doctype_whose_entities_would_expand_a_billion_times_is_refused_at_once()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++)
            laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        laughs.Append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
            .Append(Minimal(title: "&lol9;")).Append("\n</feed>\n");

        var stopwatch = Stopwatch.StartNew();
        var result = Read(laughs.ToString());

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.AtomMalformedXml, 2), (error.Code, error.Line));
        Assert.Contains("DOCTYPE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_refused_and_no_file_is_read()
    {
        string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" +
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n" + Minimal(title: "&secret;") + "\n</feed>\n";

        var result = Read(text);

        Assert.Empty(result.Papers);
        Assert.Equal(DiagnosticCodes.AtomMalformedXml, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Truncated_xml_keeps_the_papers_before_it_and_names_the_line_where_it_broke()
    {
        string whole = Feed(Minimal(title: "First"), Minimal(title: "Second"), Minimal(title: "Third"));
        string cut = whole[..whole.IndexOf("Third", StringComparison.Ordinal)];

        var result = Read(cut);

        Assert.Equal(["First", "Second"], result.Papers.Select(p => p.Title));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.AtomMalformedXml, DiagnosticSeverity.Error, 5), (error.Code, error.Severity, error.Line));
    }

    [Fact]
    public void Bad_markup_inside_an_entry_keeps_the_papers_before_it()
    {
        var result = Read(Feed(Minimal(title: "First"), Minimal(title: "Second <oops"), Minimal(title: "Third")));

        Assert.Equal("First", Assert.Single(result.Papers).Title);
        Assert.Equal((DiagnosticCodes.AtomMalformedXml, 4), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Line));
    }

    [Fact]
    public void A_ten_megabyte_summary_reads()
    {
        string big = string.Concat(Enumerable.Repeat("word ", 2_000_000));

        var paper = One(Minimal($"<summary>{big}</summary>"));

        Assert.Equal(9_999_999, paper.Abstract.Length);
    }

    [Fact]
    public void An_entry_without_a_title_id_or_published_date_is_skipped_with_its_line_and_the_next_is_read()
    {
        var result = Read(Feed(
            Entry("<id>http://arxiv.org/abs/2401.00001v1</id><published>2024-01-01T00:00:00Z</published>"),
            Entry("<title>No Id</title><published>2024-01-01T00:00:00Z</published>"),
            Entry("<id>http://arxiv.org/abs/2401.00003v1</id><title>No Date</title>"),
            Entry("<id>http://arxiv.org/abs/2401.00004v1</id><title>Bad Date</title><published>someday</published>"),
            Minimal(title: "Kept")));

        Assert.Equal("Kept", Assert.Single(result.Papers).Title);
        Assert.Equal([3, 4, 5, 6], result.Diagnostics.Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.AtomEntrySkipped, DiagnosticSeverity.Error), (d.Code, d.Severity)));
        Assert.Contains("2401.00001v1", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("no title", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("no id", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("no published date", result.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("'someday'", result.Diagnostics[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_feed_gives_no_papers_and_no_diagnostics()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <link href="http://arxiv.org/api/query?search_query%3Dti%3Aqwertyuiop%26id_list%3D%26start%3D0%26max_results%3D10" rel="self" type="application/atom+xml"/>
              <title type="html">ArXiv Query: search_query=ti:qwertyuiop&amp;id_list=&amp;start=0&amp;max_results=10</title>
              <id>http://arxiv.org/api/Xb9UgJmA7pPZ1Q0Gm3hCYv8Jb3w</id>
              <updated>2024-03-05T00:00:00-05:00</updated>
              <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults>
              <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
              <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">10</opensearch:itemsPerPage>
            </feed>
            """;

        var result = Read(text);

        Assert.Empty(result.Papers);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_document_that_is_not_an_atom_feed_is_one_error()
    {
        var rss = Read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>T</title></item></channel></rss>\n");
        var bare = Read("<feed><entry><id>http://arxiv.org/abs/2401.01234</id><title>T</title><published>2024-01-01</published></entry></feed>");

        Assert.Empty(rss.Papers);
        Assert.Equal((DiagnosticCodes.AtomMalformedXml, 2), (Assert.Single(rss.Diagnostics).Code, rss.Diagnostics[0].Line));
        Assert.Empty(bare.Papers);
        Assert.Contains(AtomNamespace, Assert.Single(bare.Diagnostics).Message, StringComparison.Ordinal);
    }

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    [Fact]
    public void A_utf16_file_that_declares_its_encoding_reads_like_utf8()
    {
        string text = SampleText.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var result = Read(bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Sample().Papers.WithoutSource(), result.Papers.WithoutSource());
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_with_one_warning()
    {
        var bytes = Encoding.Latin1.GetBytes(Feed(Minimal(title: "Caf\u00e9 Talk")));

        var result = Read(bytes);

        Assert.Equal("Caf\uFFFD Talk", Assert.Single(result.Papers).Title);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Severity));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("  <!-- saved from the API -->\n<?xml-stylesheet href=\"a.xsl\"?>\n<feed>", true)]
    [InlineData("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", false)]
    [InlineData("<feedback>", false)]
    [InlineData("<?xml version=\"1.0\"", false)]
    [InlineData("feed\n", false)]
    [InlineData("@misc{k, title={<feed>}}", false)]
    public void Sniffing_knows_a_feed_from_other_xml_and_text(string head, bool isFeed)
    {
        Assert.Equal(isFeed, ArxivAtomPaperSource.Instance.Sniff(Encoding.UTF8.GetBytes(head)));
    }
}
