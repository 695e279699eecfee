using System.Text.Json;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

public sealed class PapernbTests
{
    [Fact]
    public void Parse_writes_all_eighteen_seed_papers_as_json_and_exits_zero()
    {
        var (exitCode, stdout, stderr) = Run("parse", TestFiles.Seed, "--to", "json", "--as-of", "2026-11-26");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(18, json.RootElement.GetArrayLength());
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.Spec("seed-expected.json")));
        var (papers, sources) = Papernb.WithoutSources(stdout);
        Assert.Equal(Papernb.WithoutSources(expected.RootElement.GetRawText()).Json, papers);
        Assert.All(sources, source => Assert.Equal(TestFiles.Seed, source));
    }

    [Theory]
    [InlineData("csv", "id,title,authors")]
    [InlineData("bibtex", "@misc{llmjp2024llm,")]
    [InlineData("markdown", "| Id | Title |")]
    public void Parse_writes_the_other_formats(string format, string expectedStart)
    {
        var (exitCode, stdout, _) = Run("parse", TestFiles.Seed, "--to", format, "--as-of", "2026-11-26");

        Assert.Equal(0, exitCode);
        Assert.StartsWith(expectedStart, stdout);
    }

    [Fact]
    public void Parse_writes_to_a_file_with_o()
    {
        using var folder = new ScratchFolder();
        string output = Path.Combine(folder.Path, "papers.bib");

        var (exitCode, stdout, stderr) = Run("parse", TestFiles.Seed, "--to", "bibtex", "-o", output);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("wrote 18 papers", stderr);
        Assert.Equal(18, File.ReadAllText(output).Split("@misc{").Length - 1);
    }

    [Fact]
    public void Entries_with_errors_give_exit_code_one_diagnostics_on_stderr_and_the_other_papers_on_stdout()
    {
        using var folder = new ScratchFolder();
        string path = folder.Write("broken.txt",
            "CLFeb 31, 2024\nBad DateAnn Lee\nAbstract.\nLGMar 3, 2023\nGood TitleCarol White\nAbstract.\n");

        var (exitCode, stdout, stderr) = Run("parse", path, "--to", "json");

        Assert.Equal(1, exitCode);
        Assert.Equal($"{path}:1: error PN002: 'Feb 31, 2024' is not a date; the entry is skipped{Environment.NewLine}", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("Good Title", json.RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public void A_missing_file_gives_exit_code_two_and_names_the_file()
    {
        var (exitCode, stdout, stderr) = Run("parse", "nowhere.txt");

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal($"nowhere.txt: error PN009: 'nowhere.txt': no such file{Environment.NewLine}", stderr);
    }

    [Theory]
    [InlineData("--to", "yaml", "--to 'yaml' is not a format")]
    [InlineData("--as-of", "26/11/2026", "--as-of '26/11/2026' is not a date")]
    [InlineData("--frobnicate", "x", "--frobnicate")]
    public void Usage_errors_give_exit_code_two_and_say_which_argument(string option, string value, string expected)
    {
        var (exitCode, _, stderr) = Run("parse", TestFiles.Seed, option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr);
        Assert.Contains("Try 'papernb --help'.", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Help_documents_the_formats_the_as_of_date_and_the_exit_codes()
    {
        var (exitCode, stdout, _) = Run("parse", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("json|csv|bibtex|markdown", stdout);
        Assert.Contains("--as-of", stdout);
        Assert.Contains("Exit codes: 0", stdout);
    }

    [Fact]
    public void Stats_counts_years_categories_top_authors_and_code()
    {
        var (exitCode, stdout, stderr) = Run("stats", TestFiles.Seed, "--as-of", "2026-11-26", "--top", "3");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("18 papers, 2021-03-30 to 2026-04-29", stdout);
        Assert.Contains("with code: 3 (16.7%)", stdout);
        Assert.Matches(@"2024\s+6", stdout);
        Assert.Matches(@"cs\.LG\s+6\s+Machine Learning", stdout);
        Assert.Matches(@"1\. Masahiro Tanaka\s+8", stdout);
        Assert.Matches(@"2\. Sam Ade Jacobs\s+4", stdout);
        Assert.DoesNotContain("4. ", stdout);
    }

    [Fact]
    public void Stats_rejects_a_top_below_one()
    {
        var (exitCode, _, stderr) = Run("stats", TestFiles.Seed, "--top", "0");

        Assert.Equal(2, exitCode);
        Assert.Contains("--top must be a whole number from 1 to", stderr);
    }
}
