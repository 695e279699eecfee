using System.Text.Json;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

public sealed class SeveralFilesTests
{
    private static readonly string Bib = Path.Combine(Path.GetDirectoryName(TestFiles.Seed)!, "references.bib");

    [Fact]
    public void Parse_reads_a_bib_and_a_listing_into_one_list_with_the_shared_papers_merged()
    {
        var (exitCode, stdout, stderr) = Run("parse", Bib, TestFiles.Seed, "--to", "json", "--as-of", "2026-11-26");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(12 + 18 - 6, json.RootElement.GetArrayLength());
        var ulysses = json.RootElement.EnumerateArray().Single(p => p.GetProperty("arxivId").GetString() == "2309.14509");
        Assert.Equal("2023-09-25", ulysses.GetProperty("published").GetString());
    }

    [Fact]
    public void Stats_counts_the_merged_papers_of_several_files()
    {
        var (exitCode, stdout, _) = Run("stats", Bib, TestFiles.Seed, "--as-of", "2026-11-26");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("2 files: 24 papers, 1931-01-01 to ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_reads_a_bib_whose_extension_says_otherwise()
    {
        using var folder = new ScratchFolder();
        string renamed = Path.Combine(folder.Path, "refs.txt");
        File.Copy(Bib, renamed);

        var (exitCode, stdout, _) = Run("stats", renamed, "--format", "bibtex");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("refs.txt: 12 papers", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_listing_the_known_ones()
    {
        var (exitCode, _, stderr) = Run("parse", Bib, "--format", "xlsx");

        Assert.Equal(2, exitCode);
        Assert.Contains("json, csv, arxiv-snapshot, openalex, bibtex, arxiv-atom or listing", stderr, StringComparison.Ordinal);
    }
}
