using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.BibTex;

namespace PaperNotebooks.Tests.Sources.BibTex;

public sealed class BibTexSourceTests : SourceContract
{
    private const string SampleText =
        "@misc{jacobs2023deepspeed,\n" +
        "  title={{DeepSpeed} Ulysses: System Optimizations},\n" +
        "  author={Sam Ade Jacobs and Masahiro Tanaka and others},\n" +
        "  year={2023}, month=sep,\n" +
        "  eprint={2309.14509v2}, archivePrefix={arXiv}, primaryClass={cs.LG},\n" +
        "}\n" +
        "@article{godel1931,\n" +
        "  author = {G{\\\"o}del, Kurt},\n" +
        "  title = {{\\\"U}ber formal unentscheidbare S{\\\"a}tze},\n" +
        "  journal = {Monatshefte f{\\\"u}r Mathematik},\n" +
        "  year = 1931, doi = {https://doi.org/10.1007/BF01700692},\n" +
        "  abstract = {See https://github.com/kg/proof.}\n" +
        "}\n";

    private protected override IPaperSource Source => BibTexPaperSource.Instance;

    private protected override (byte[] Bytes, IReadOnlyList<Paper> Papers) Sample() =>
        (Encoding.UTF8.GetBytes(SampleText),
        [
            new Paper
            {
                Id = "jacobs2023deepspeed", Title = "DeepSpeed Ulysses: System Optimizations",
                Authors = ["Sam Ade Jacobs", "Masahiro Tanaka"], AuthorsTruncated = true,
                Category = "cs.LG", CategoryName = "Machine Learning", Categories = ["cs.LG"],
                Published = new DateOnly(2023, 9, 1), Abstract = "", ArxivId = "2309.14509",
                Url = "https://arxiv.org/abs/2309.14509", Line = 1,
            },
            new Paper
            {
                Id = "godel1931uber", Title = "Über formal unentscheidbare Sätze", Authors = ["Kurt Gödel"],
                Category = "", Published = new DateOnly(1931, 1, 1), Abstract = "See https://github.com/kg/proof.",
                Links = ["https://github.com/kg/proof"], HasCode = true, CodeUrl = "https://github.com/kg/proof",
                Doi = "10.1007/bf01700692", Venue = "Monatshefte für Mathematik", Line = 7,
            },
        ]);

    private protected override (string Text, int Line) Broken =>
        ("@misc{a, title={A Title}, year=2024}\n@misc{b,\n  year = {2024}}\n", 2);

    private static ListingParseResult Read(string text) =>
        PaperSources.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestPapers.Options, "refs.bib", "bibtex");

    private static Paper One(string entry)
    {
        var result = Read(entry);
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Papers);
    }

    [Theory]
    [InlineData("acl-anthology.bib")]
    [InlineData("arxiv.bib")]
    [InlineData("better-bibtex.bib")]
    [InlineData("dblp.bib")]
    [InlineData("google-scholar.bib")]
    [InlineData("zotero.bib")]
    public void Every_entry_of_each_exporters_shape_reads_without_an_error(string fixture)
    {
        var result = PaperSources.ReadFile(Path.Combine(AppContext.BaseDirectory, "Sources", "BibTex", "Fixtures", fixture), TestPapers.Options);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.Papers);
        Assert.All(result.Papers, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Title));
            Assert.DoesNotContain('{', p.Title);
            Assert.DoesNotContain('\\', p.Title);
            Assert.All(p.Authors, a => Assert.DoesNotContain('\\', a));
        });
    }

    [Fact]
    public void The_hostile_fixture_reads_its_good_entries_and_names_the_bad_ones_by_line()
    {
        var result = PaperSources.ReadFile(Path.Combine(AppContext.BaseDirectory, "Sources", "BibTex", "Fixtures", "hostile.bib"), TestPapers.Options);

        Assert.NotEmpty(result.Papers);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.True(d.Line > 0, d.ToString()));
    }

    [Fact]
    public void The_shipped_references_read_whole_with_accents_decoded()
    {
        var result = PaperSources.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", "references.bib"), TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(12, result.Papers.Count);
        Assert.Contains(result.Papers, p => p.Authors.SequenceEqual(["Paul Erdős", "Alfréd Rényi"]));
        Assert.Contains(result.Papers, p => p.Authors.SequenceEqual(["Françoise Grønbech", "Jürgen Straßer", "Renée Müller"]));
        Assert.Contains(result.Papers, p => p.Title == "Streaming GPU Checkpoints for Training & Inference – an Example Entry");
        Assert.Equal(6, result.Papers.Count(p => p.ArxivId is not null));
        Assert.Equal(3, result.Papers.Count(p => p.Doi is not null));
    }

    [Fact]
    public void A_year_alone_is_january_first_and_a_month_macro_gives_the_month()
    {
        Assert.Equal(new DateOnly(2017, 1, 1), One("@misc{k, title={T}, year={2017}}").Published);
        Assert.Equal(new DateOnly(2017, 12, 1), One("@misc{k, title={T}, year={2017}, month=dec}").Published);
        Assert.Equal(new DateOnly(2017, 3, 1), One("@misc{k, title={T}, year={2017}, month={3}}").Published);
    }

    [Fact]
    public void A_biblatex_date_gives_year_month_and_day()
    {
        Assert.Equal(new DateOnly(2022, 6, 14), One("@inproceedings{k, title={T}, date={2022-06-14}}").Published);
        Assert.Equal(new DateOnly(2022, 6, 1), One("@inproceedings{k, title={T}, date={2022-06}}").Published);
    }

    [Fact]
    public void An_entry_without_a_title_or_a_year_is_skipped_with_its_line_and_the_next_is_read()
    {
        var result = Read("@misc{a, year=2020}\n\n@misc{b, title={No Year}}\n@misc{c, title={Bad}, date={someday}}\n@misc{d, title={Kept}, year=2021}\n");

        Assert.Equal("Kept", Assert.Single(result.Papers).Title);
        Assert.Equal([(DiagnosticCodes.BibTexNoTitle, 1), (DiagnosticCodes.BibTexNoDate, 3), (DiagnosticCodes.BibTexNoDate, 4)],
            result.Diagnostics.Select(d => (d.Code, d.Line)));
    }

    [Theory]
    [InlineData("eprint={2401.01234v3}, archivePrefix={arXiv}", "2401.01234")]
    [InlineData("eprint={hep-th/9901001}", "hep-th/9901001")]
    [InlineData("arxivid={2401.01234}", "2401.01234")]
    [InlineData("url={https://arxiv.org/abs/2401.01234v1}", "2401.01234")]
    [InlineData("journal={arXiv preprint arXiv:2401.01234}", "2401.01234")]
    [InlineData("doi={10.48550/arXiv.2401.01234}", "2401.01234")]
    [InlineData("eprint={PMC12345}, eprinttype={pubmed}", null)]
    public void The_arxiv_id_comes_from_whichever_field_the_exporter_uses(string fields, string? arxivId)
    {
        Assert.Equal(arxivId, One($"@misc{{k, title={{T}}, year=2024, {fields}}}").ArxivId);
    }

    [Fact]
    public void The_preprint_server_written_as_a_journal_is_not_a_venue()
    {
        Assert.Null(One("@article{k, title={T}, year=2024, journal={arXiv preprint arXiv:2401.01234}}").Venue);
        Assert.Equal("Proceedings of ACL", One("@inproceedings{k, title={T}, year=2024, booktitle={Proceedings of {ACL}}}").Venue);
    }

    [Fact]
    public void Primary_class_gives_the_category_and_none_gives_no_category()
    {
        var classed = One("@misc{k, title={T}, year=2024, primaryClass={cs.DC}}");
        Assert.Equal(("cs.DC", "Distributed, Parallel, and Cluster Computing"), (classed.Category, classed.CategoryName));
        Assert.Equal(["cs.DC"], classed.Categories);

        var plain = One("@article{k, title={T}, year=2024, journal={J}}");
        Assert.Equal("", plain.Category);
        Assert.Empty(plain.Categories);
    }

    [Fact]
    public void A_corporate_author_stays_whole_and_and_others_marks_the_list_as_cut()
    {
        var paper = One("@misc{k, title={T}, year=2024, author={{LLM-jp} and Aizawa, Akiko and others}}");

        Assert.Equal(["LLM-jp", "Akiko Aizawa"], paper.Authors);
        Assert.True(paper.AuthorsTruncated);
    }

    [Fact]
    public void Keys_are_family_year_and_first_significant_word_and_unique_in_the_file()
    {
        var result = Read("@misc{x, title={The Attention Trick}, author={Ann Lee}, year=2020}\n@misc{y, title={Attention Again}, author={Ann Lee}, year=2020}\n");

        Assert.Equal(["lee2020attention", "lee2020attentionb"], result.Papers.Select(p => p.Id));
    }

    [Fact]
    public void A_ten_megabyte_abstract_reads()
    {
        string big = new('x', 10_000_000);
        var paper = One($"@article{{k, title={{Big}}, year=2024, abstract={{{big}}}}}");

        Assert.Equal(10_000_000, paper.Abstract.Length);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_read_with_one_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("@misc{k, title={Caf\u00e9 Talk}, year=2024}\n");
        var result = PaperSources.Read(new MemoryStream(bytes), TestPapers.Options, "latin1.bib", "bibtex");

        Assert.Single(result.Papers);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("@article{k,\n", true)]
    [InlineData("% Zotero export\n\n@inproceedings (k,\n", true)]
    [InlineData("@misc{k,", true)]
    [InlineData("me@example.org wrote this\n", false)]
    [InlineData("CLJul 4, 2024Code\n", false)]
    public void Sniffing_knows_an_entry_from_an_email_address(string head, bool isBibTex)
    {
        Assert.Equal(isBibTex, BibTexPaperSource.Instance.Sniff(Encoding.UTF8.GetBytes(head)));
    }
}
