using PaperNotebooks.Export;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Export;

public sealed class BibTexExportTests
{
    [Fact]
    public void BibTex_escapes_latex_specials_and_ends_truncated_authors_with_others()
    {
        var paper = SamplePapers.Plain with
        {
            Venue = null, Doi = null, ArxivId = null, Url = null,
            Title = @"50% & $x_1$ #1 ~ ^ {} \o/",
            Authors = ["Ada Lovelace", "Alan Turing"],
            Abstract = "Costs 5$ & more_than 100%.\nSecond line.",
        };

        var bibtex = PaperExport.ToString([paper], ExportFormat.BibTex);

        Assert.Equal(
            """
            @misc{tanaka2021automatic,
              title = {{50\% \& \$x\_1\$ \#1 \textasciitilde{} \textasciicircum{} \{\} \textbackslash{}o/}},
              author = {Ada Lovelace and Alan Turing and others},
              year = {2021},
              month = jul,
              primaryClass = {cs.CL},
              abstract = {Costs 5\$ \& more\_than 100\%. Second line.},
              url = {https://github.com/tanaka/summ}
            }

            """.ReplaceLineEndings("\n"),
            bibtex);
    }

    [Fact]
    public void BibTex_url_falls_back_to_the_first_link_and_is_left_out_without_one()
    {
        var withLink = SamplePapers.Edges;
        var withoutLink = SamplePapers.QuotesAndLineBreaks with { Venue = null };

        var bibtex = PaperExport.ToString([withLink, withoutLink], ExportFormat.BibTex);

        Assert.Contains("url = {https://example.org/a?x=1,2}", bibtex, StringComparison.Ordinal);
        Assert.Equal(1, bibtex.Split("url = ").Length - 1);
        Assert.Equal(2, bibtex.Split("@misc{").Length - 1);
    }

    [Theory]
    [InlineData(null, "@misc{")]
    [InlineData("Transactions of the ACL", "@article{")]
    [InlineData("Proceedings of the 26th ACM SIGKDD Conference", "@inproceedings{")]
    [InlineData("Workshop on Efficient Systems", "@inproceedings{")]
    [InlineData("SC20: International Conference for High Performance Computing", "@inproceedings{")]
    public void BibTex_picks_the_entry_type_from_the_venue(string? venue, string type)
    {
        var bibtex = PaperExport.ToString([SamplePapers.Plain with { Venue = venue }], ExportFormat.BibTex);

        Assert.StartsWith(type, bibtex, StringComparison.Ordinal);
        if (venue is not null) Assert.Contains(type == "@article{" ? $"journal = {{{venue}}}" : $"booktitle = {{{venue}}}", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTex_writes_the_doi_and_the_arxiv_eprint_and_reads_back_to_the_same_identifiers()
    {
        var bibtex = PaperExport.ToString([SamplePapers.Plain], ExportFormat.BibTex);

        Assert.Contains("doi = {10.1145/3458817.3476209},", bibtex, StringComparison.Ordinal);
        Assert.Contains("eprint = {2107.01234},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},", bibtex, StringComparison.Ordinal);
        var read = Assert.Single(PaperNotebooks.Sources.PaperSources.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bibtex)), TestPapers.Options, "x.bib", "bibtex").Papers);
        Assert.Equal((SamplePapers.Plain.Title, SamplePapers.Plain.ArxivId, SamplePapers.Plain.Doi, SamplePapers.Plain.Venue, SamplePapers.Plain.Category),
            (read.Title, read.ArxivId, read.Doi, read.Venue, read.Category));
        Assert.Equal(SamplePapers.Plain.Authors, read.Authors);
    }

    [Fact]
    public void BibTex_keeps_non_ascii_names_and_braces_a_name_that_bibtex_would_split()
    {
        var paper = SamplePapers.QuotesAndLineBreaks with { Authors = ["Zoë Ø'Brien", "Research and Development Team", "Doe, Jane"], Venue = null };

        var bibtex = PaperExport.ToString([paper], ExportFormat.BibTex);

        Assert.Contains("author = {Zoë Ø'Brien and {Research and Development Team} and {Doe, Jane}},", bibtex, StringComparison.Ordinal);
        Assert.Contains("month = feb,", bibtex, StringComparison.Ordinal);
        Assert.Contains("primaryClass = {XY},", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTex_url_is_left_unescaped_for_latex_but_cannot_break_the_entry()
    {
        var paper = SamplePapers.Plain with { Url = null, CodeUrl = "https://github.com/a/my_repo#read me}" };

        var bibtex = PaperExport.ToString([paper], ExportFormat.BibTex);

        Assert.Contains("url = {https://github.com/a/my_repo#read%20me%7D}", bibtex, StringComparison.Ordinal);
    }
}
