using PaperNotebooks.Export;

namespace PaperNotebooks.Tests.Export;

public sealed class MarkdownExportTests
{
    [Fact]
    public void Markdown_is_a_table_with_a_row_per_paper()
    {
        var markdown = PaperExport.ToString([SamplePapers.Plain, SamplePapers.QuotesAndLineBreaks with { HasCode = true }], ExportFormat.Markdown);

        Assert.Equal(
            """
            | Id | Title | Authors | Category | Published | Code |
            |---|---|---|---|---|---|
            | tanaka2021automatic | [Automatic Summarization, Revisited](https://arxiv.org/abs/2107.01234) | Akiko Tanaka, José Müller et al. | cs.CL | 2021-07-04 | [code](https://github.com/tanaka/summ) |
            | obrien2023quoted | The "Quoted" Title; with a semicolon, and a comma | Zoë Ø'Brien, 李雷, Ñandú Çelik | XY | 2023-02-28 (year inferred) | yes |

            """.ReplaceLineEndings("\n"),
            markdown);
    }

    [Fact]
    public void Markdown_escapes_pipes_and_makes_line_breaks_spaces()
    {
        var paper = SamplePapers.QuotesAndLineBreaks with { Title = "Fast a|b\ntesting\r\nfor all", YearInferred = false, HasCode = false, CodeUrl = null };

        var markdown = PaperExport.ToString([paper], ExportFormat.Markdown);

        Assert.Contains("| Fast a\\|b testing for all |", markdown, StringComparison.Ordinal);
        Assert.EndsWith("| 2023-02-28 |  |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_html_and_emphasis_so_a_title_injects_nothing()
    {
        var paper = SamplePapers.QuotesAndLineBreaks with { Title = "<script>alert(1)</script> *bold* [x](javascript:y) `c` a_b & c" };

        var markdown = PaperExport.ToString([paper], ExportFormat.Markdown);

        Assert.Contains(@"| \<script\>alert(1)\</script\> \*bold\* \[x\](javascript:y) \`c\` a\_b \& c |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_links_only_web_urls_and_encodes_what_would_break_the_link()
    {
        var script = SamplePapers.Plain with { Id = "a", CodeUrl = "javascript:alert(1)" };
        var odd = SamplePapers.Plain with { Id = "b", CodeUrl = "https://github.com/a/b (c)|d" };

        var markdown = PaperExport.ToString([script, odd], ExportFormat.Markdown);

        Assert.DoesNotContain("javascript", markdown, StringComparison.Ordinal);
        Assert.Contains("| a |", markdown, StringComparison.Ordinal);
        Assert.Contains("[code](https://github.com/a/b%20%28c%29%7Cd)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_links_to_the_papers_page_its_arxiv_page_or_its_doi_and_never_to_a_script()
    {
        var bare = SamplePapers.QuotesAndLineBreaks with { Title = "T" };
        var markdown = PaperExport.ToString(
        [
            bare with { Id = "page", Url = "https://aclanthology.org/2023.acl-long.1/", ArxivId = "2301.00001" },
            bare with { Id = "arxiv", ArxivId = "hep-th/9901001", Doi = "10.1/x" },
            bare with { Id = "doi", Doi = "10.1002/(sici)1097-4571" },
            bare with { Id = "script", Url = "javascript:alert(1)" },
        ], ExportFormat.Markdown);

        Assert.Contains("| page | [T](https://aclanthology.org/2023.acl-long.1/) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| arxiv | [T](https://arxiv.org/abs/hep-th/9901001) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| doi | [T](https://doi.org/10.1002/%28sici%291097-4571) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| script | T |", markdown, StringComparison.Ordinal);
    }
}
