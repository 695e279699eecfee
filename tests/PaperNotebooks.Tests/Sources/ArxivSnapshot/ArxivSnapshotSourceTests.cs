using System.Text;
using PaperNotebooks.DataFrames;
using PaperNotebooks.Analytics;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.ArxivSnapshot;

namespace PaperNotebooks.Tests.Sources.ArxivSnapshot;

/// <summary>
/// Records in the shape of arXiv's metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>, one object a line).
/// The first is 0704.0001 as the snapshot gives it (arXiv's metadata is CC0), its abstract shortened; the others are
/// written for these tests.
/// </summary>
public sealed class ArxivSnapshotSourceTests : SourceContract
{
    private const string Diphoton =
        """{"id":"0704.0001","submitter":"Pavel Nadolsky","authors":"C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan","title":"Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies","comments":"37 pages, 15 figures; published version","journal-ref":"Phys.Rev.D76:013009,2007","doi":"10.1103/PhysRevD.76.013009","report-no":"ANL-HEP-PR-07-12","categories":"hep-ph","license":null,"abstract":"  A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs at hadron colliders.\n","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2","created":"Tue, 24 Jul 2007 20:10:27 GMT"}],"update_date":"2008-11-13","authors_parsed":[["Balázs","C.",""],["Berger","E. L.",""],["Nadolsky","P. M.",""],["Yuan","C. -P.",""]]}""";

    private const string Ulysses =
        """{"id":"2309.14509","submitter":"Sam Ade Jacobs","authors":"Sam Ade Jacobs and Masahiro Tanaka","title":"DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme\n  Long Sequence Transformer Models","comments":"Code: https://github.com/microsoft/DeepSpeed","journal-ref":null,"doi":null,"report-no":null,"categories":"cs.LG cs.CL cs.DC","license":"http://creativecommons.org/licenses/by/4.0/","abstract":"  Computation in a typical Transformer-based large language model can be\ncharacterized by batch size, hidden dimension and sequence length.\n","versions":[{"version":"v1","created":"Mon, 25 Sep 2023 20:15:57 GMT"},{"version":"v2","created":"Wed, 4 Oct 2023 17:21:37 GMT"}],"update_date":"2023-10-05","authors_parsed":[["Jacobs","Sam Ade",""],["Tanaka","Masahiro",""]]}""";

    private protected override IPaperSource Source => ArxivSnapshotPaperSource.Instance;

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() =>
        (Encoding.UTF8.GetBytes(Diphoton + "\n" + Ulysses + "\n"),
        [
            new Paper
            {
                Id = "balazs2007calculation",
                Title = "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
                Authors = ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"],
                Category = "hep-ph", Categories = ["hep-ph"], Published = new DateOnly(2007, 4, 2), Updated = new DateOnly(2008, 11, 13),
                Abstract = "A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders.",
                ArxivId = "0704.0001", Doi = "10.1103/physrevd.76.013009", Url = "https://arxiv.org/abs/0704.0001",
                Venue = "Phys.Rev.D76:013009,2007", Line = 1,
            },
            new Paper
            {
                Id = "jacobs2023deepspeed",
                Title = "DeepSpeed Ulysses: System Optimizations for Enabling Training of Extreme Long Sequence Transformer Models",
                Authors = ["Sam Ade Jacobs", "Masahiro Tanaka"],
                Category = "cs.LG", CategoryName = "Machine Learning", Categories = ["cs.LG", "cs.CL", "cs.DC"],
                Published = new DateOnly(2023, 9, 25), Updated = new DateOnly(2023, 10, 5),
                Abstract = "Computation in a typical Transformer-based large language model can be characterized by batch size, hidden dimension and sequence length.",
                HasCode = true, CodeUrl = "https://github.com/microsoft/DeepSpeed", Links = ["https://github.com/microsoft/DeepSpeed"],
                ArxivId = "2309.14509", Url = "https://arxiv.org/abs/2309.14509", Line = 2,
            },
        ]);

    private protected override (string Text, int Line) Broken =>
        (Ulysses + "\n" + """{"id":"2401.00001","authors_parsed":[],"versions":[]}""" + "\n", 2);

    private static ListingParseResult Read(string text, int blockSize = SourceContext.DefaultBlockSize)
    {
        var sink = new PaperListSink();
        return sink.ToResult(PaperSources.Read(ArxivSnapshotPaperSource.Instance, Encoding.UTF8.GetBytes(text),
            new SourceContext("snapshot.json", TestPapers.Options, blockSize), sink), "snapshot.json");
    }

    private static string Record(string id = "2401.01234", string title = "A Title", string authorsParsed = """[["Doe","Jane",""]]""",
        string versions = """[{"version":"v1","created":"Tue, 2 Jan 2024 10:00:00 GMT"}]""", string extra = "") =>
        $$"""{"id":"{{id}}","title":"{{title}}","categories":"cs.CL","abstract":"Text.",{{extra}}"versions":{{versions}},"update_date":"2024-01-05","authors_parsed":{{authorsParsed}}}""";

    private static Paper One(string line)
    {
        var result = Read(line + "\n");
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Papers);
    }

    [Fact]
    public void The_published_date_is_the_first_versions_even_when_versions_are_listed_out_of_order()
    {
        var paper = One(Record(versions: """[{"version":"v2","created":"Fri, 9 Feb 2024 10:00:00 GMT"},{"created":"Sat, 6 Jan 2024 08:00:00 GMT","version":"v1"}]"""));

        Assert.Equal(new DateOnly(2024, 1, 6), paper.Published);
        Assert.Equal(new DateOnly(2024, 1, 5), paper.Updated);
    }

    [Fact]
    public void Without_versions_a_new_style_id_gives_its_month_and_an_old_style_id_the_update_date()
    {
        Assert.Equal(new DateOnly(2024, 1, 1), One(Record(versions: "[]")).Published);
        Assert.Equal(new DateOnly(2024, 1, 5), One(Record(id: "hep-th/9901001", versions: "[]")).Published);
    }

    [Fact]
    public void An_old_style_id_is_kept_as_the_arxiv_id_and_its_page()
    {
        var paper = One(Record(id: "hep-th/9901001"));

        Assert.Equal("hep-th/9901001", paper.ArxivId);
        Assert.Equal("https://arxiv.org/abs/hep-th/9901001", paper.Url);
    }

    [Fact]
    public void Names_are_first_then_last_then_suffix_with_latex_decoded()
    {
        var paper = One(Record(authorsParsed: """[["Sch\\\"afer","Anna",""],["King","Martin Luther","Jr"],["ATLAS Collaboration","",""]]"""));

        Assert.Equal(["Anna Schäfer", "Martin Luther King Jr", "ATLAS Collaboration"], paper.Authors);
    }

    [Fact]
    public void Without_authors_parsed_the_authors_line_is_split_on_commas_and_and()
    {
        string line = """{"id":"2401.01234","title":"T","authors":"A. One, B. Two and C. Three","versions":[{"version":"v1","created":"Tue, 2 Jan 2024 10:00:00 GMT"}]}""";

        Assert.Equal(["A. One", "B. Two", "C. Three"], One(line).Authors);
    }

    [Fact]
    public void Whitespace_in_titles_is_collapsed_and_their_latex_kept_as_written()
    {
        var paper = One(Record(title: @"The $\\alpha$-expansion\n  of caf\u00e9   models"));

        Assert.Equal(@"The $\alpha$-expansion of café models", paper.Title);
    }

    [Fact]
    public void Of_several_dois_the_first_is_kept_in_lower_case()
    {
        Assert.Equal("10.1000/abc", One(Record(extra: "\"doi\":\"10.1000/ABC 10.2000/def\",")).Doi);
    }

    [Fact]
    public void Every_category_is_kept_primary_first_and_an_unknown_archive_without_a_name()
    {
        var paper = One(Record().Replace("\"cs.CL\"", "\"quant-ph cs.LG\""));

        Assert.Equal("quant-ph", paper.Category);
        Assert.Null(paper.CategoryName);
        Assert.Equal(["quant-ph", "cs.LG"], paper.Categories);
    }

    [Fact]
    public void A_line_that_is_not_json_is_skipped_with_its_line_and_the_next_line_is_read()
    {
        var result = Read(Record(id: "2401.00001") + "\n{\"id\": \"2401.00002\", \"title\": \n" + Record(id: "2401.00003") + "\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SnapshotMalformedLine, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Equal(["2401.00001", "2401.00003"], result.Papers.Select(p => p.ArxivId));
    }

    [Fact]
    public void A_line_with_invalid_utf8_is_skipped_and_the_others_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Record(id: "2401.00001") + "\n" + Record(id: "2401.00002", title: "Bad XX") + "\n" + Record(id: "2401.00003") + "\n");
        int at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var sink = new PaperListSink();
        var result = sink.ToResult(PaperSources.Read(ArxivSnapshotPaperSource.Instance, bytes, new SourceContext("s", TestPapers.Options), sink), null);

        Assert.Equal(2, Assert.Single(result.Diagnostics).Line);
        Assert.Equal(2, result.Papers.Count);
    }

    [Fact]
    public void A_file_cut_off_in_its_last_record_keeps_every_record_before_it()
    {
        string text = Record(id: "2401.00001") + "\n" + Record(id: "2401.00002")[..60];

        var result = Read(text);

        Assert.Single(result.Papers);
        Assert.Equal(2, Assert.Single(result.Diagnostics).Line);
    }

    [Fact]
    public void A_record_without_a_title_or_id_is_skipped_and_says_what_it_lacks()
    {
        var result = Read(Record().Replace("\"title\":\"A Title\",", "") + "\n" + Record().Replace("\"id\":\"2401.01234\",", "") + "\n");

        Assert.Empty(result.Papers);
        Assert.Collection(result.Diagnostics,
            d => Assert.Contains("no title", d.Message),
            d => Assert.Contains("no id", d.Message));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.SnapshotRecordSkipped, d.Code));
    }

    [Fact]
    public void A_ten_megabyte_abstract_is_read_whole()
    {
        string big = string.Concat(Enumerable.Repeat("word ", 2_000_000));

        var paper = One(Record().Replace("\"Text.\"", $"\"{big}\""));

        Assert.Equal(big.Length - 1, paper.Abstract.Length);
    }

    [Fact]
    public void Blank_lines_and_crlf_line_ends_keep_line_numbers_exact()
    {
        var result = Read("\r\n" + Record(id: "2401.00001") + "\r\n\r\n" + Record(id: "2401.00002") + "\r\n");

        Assert.Equal([2, 4], result.Papers.Select(p => p.Line));
    }

    [Fact]
    public void Blocks_read_on_all_cores_give_what_one_block_gives_with_the_same_lines()
    {
        var lines = Enumerable.Range(1, 300).Select(i => i % 37 == 0 ? "{ broken" : Record(id: $"2401.{i:D5}", title: $"Paper {i}"));
        string text = string.Join("\n", lines) + "\n";

        var whole = Read(text);
        var blocks = Read(text, blockSize: 1024);

        Assert.Equal(whole.Papers.ToList(), blocks.Papers.ToList());
        Assert.Equal(whole.Diagnostics, blocks.Diagnostics);
        Assert.Equal(300 - 8, blocks.Papers.Count);
        Assert.Equal(37, blocks.Diagnostics[0].Line);
    }

    [Fact]
    public void Statistics_of_a_snapshot_count_its_papers_categories_and_authors_without_holding_them()
    {
        using var folder = new ScratchFolder();
        string path = folder.Write("arxiv-metadata-oai-snapshot.json", Diphoton + "\n" + Ulysses + "\n" + Record() + "\n");

        var result = ListingStatistics.ReadFile(path, TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Statistics.PaperCount);
        Assert.Equal(1, result.Statistics.WithCode);
        Assert.Contains(result.Statistics.PerCategory, c => c.Category == "hep-ph" && c.Papers == 1);
        Assert.Contains(result.Statistics.TopAuthors, a => a.Name == "Sam Ade Jacobs");
    }

    [Fact]
    public void A_snapshot_saved_as_json_is_not_mistaken_for_our_json_export()
    {
        using var folder = new ScratchFolder();
        string path = folder.Write("arxiv.json", Ulysses + "\n");

        var result = PaperSources.ReadFile(path, TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("2309.14509", Assert.Single(result.Papers).ArxivId);
    }
}

/// <summary>The snapshot's abstracts are kept as UTF-8 in one store, whitespace collapsed and escapes decoded.</summary>
public sealed class ArxivSnapshotAbstractTests
{
    private static string Line(int i, string abstractJson) =>
        $$"""{"id":"2401.{{i:D5}}","title":"Title {{i}}","categories":"cs.CL","abstract":"{{abstractJson}}","versions":[{"version":"v1","created":"Tue, 2 Jan 2024 10:00:00 GMT"}],"update_date":"2024-01-05","authors_parsed":[["Doe","Jane",""]]}""";

    [Fact]
    public void Abstracts_are_collapsed_decoded_and_kept_as_utf8_across_blocks_and_the_frame_wraps_them()
    {
        string text = string.Concat(Enumerable.Range(0, 60).Select(i =>
            Line(i, i % 3 == 0 ? $"  We study\\n  caf\\u00e9 {i} and \\\"quotes\\\" \\ud83d\\ude00.\\n" : $"Plain abstract {i}.") + "\n"));
        var sink = new PaperListSink();
        var papers = sink.ToResult(PaperSources.Read(ArxivSnapshotPaperSource.Instance, Encoding.UTF8.GetBytes(text),
            new SourceContext("snapshot.json", TestPapers.Options, 1024), sink), "snapshot.json").Papers;

        Assert.Equal(60, papers.Count);
        Assert.Equal("We study café 0 and \"quotes\" 😀.", papers[0].Abstract);
        Assert.Equal("Plain abstract 1.", papers[1].Abstract);
        Assert.All(papers, p => Assert.NotNull(p.StoredAbstract.Block));
        Assert.True(papers.Select(p => p.StoredAbstract.Block).Distinct().Count() > 2);
        var column = papers.ToDataFrame().Columns["Abstract"];
        Assert.IsType<Microsoft.Data.Analysis.ArrowStringDataFrameColumn>(column);
        Assert.Equal(papers.Select(p => p.Abstract), Enumerable.Range(0, papers.Count).Select(i => (string)column[i]));
    }
}
