using CsCheck;
using PaperNotebooks.Merging;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Merging;

public sealed class PaperMergerTests
{
    private static readonly string Bib = Path.Combine(AppContext.BaseDirectory, "seeds", "references.bib");

    private static Paper P(string id, string title, string author, DateOnly published, string source, int line) => new()
    {
        Id = id, Title = title, Authors = [author], Category = "", Published = published, Abstract = "", Source = source, Line = line,
    };

    [Fact]
    public void The_seed_listing_and_the_shipped_bib_merge_the_six_papers_they_share()
    {
        var result = PaperSources.ReadFiles([Bib, TestFiles.Seed], TestPapers.Options);

        Assert.Empty(result.Diagnostics);
        var duplicates = result.Papers.Duplicates();
        Assert.Equal(6, duplicates.Count);
        Assert.Equal(12 + 18 - 6, result.Papers.Count);
        Assert.All(duplicates, d => Assert.Equal(2, d.Copies.Count));
        Assert.All(duplicates, d => Assert.Equal([Bib, TestFiles.Seed], d.Copies.Select(c => c.Source)));
    }

    [Fact]
    public void A_merged_paper_keeps_the_listings_code_flag_and_full_date_and_the_bibs_arxiv_id()
    {
        var result = PaperSources.ReadFiles([Bib, TestFiles.Seed], TestPapers.Options);

        var ulysses = Assert.Single(result.Papers, p => p.Title.StartsWith("DeepSpeed Ulysses", StringComparison.Ordinal));
        Assert.Equal("2309.14509", ulysses.ArxivId);
        Assert.Equal(new DateOnly(2023, 9, 25), ulysses.Published);
        Assert.True(ulysses.Abstract.Length > 100, "the listing's abstract");
        var phi = Assert.Single(result.Papers, p => p.ArxivId == "2404.14219");
        Assert.True(phi.HasCode);
        Assert.Equal("Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone", phi.Title);
    }

    [Fact]
    public void The_same_arxiv_id_or_doi_merges_papers_whose_titles_differ()
    {
        var a = P("a", "First Title Here", "Ann Lee", new(2020, 1, 1), "a.bib", 1) with { ArxivId = "2001.00001" };
        var b = P("b", "Another Title Entirely", "Bo Kim", new(2020, 5, 3), "b.txt", 4) with { ArxivId = "2001.00001", Doi = "10.1/x" };
        var c = P("c", "Third Wording", "Cy Dee", new(2021, 1, 1), "c.csv", 2) with { Doi = "10.1/x" };

        var (papers, duplicates) = PaperMerger.Merge([a, b, c]);

        var merged = Assert.Single(papers);
        Assert.Equal("a", merged.Id);
        Assert.Equal(new DateOnly(2020, 5, 3), merged.Published);
        Assert.Equal("10.1/x", merged.Doi);
        Assert.Equal(3, Assert.Single(duplicates).Copies.Count);
        Assert.StartsWith("arXiv id", duplicates[0].MatchedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_author_list_beats_a_cut_one_and_categories_are_joined()
    {
        var cut = P("a", "Sequence Parallel Training", "Sam Jacobs", new(2023, 9, 25), "l.txt", 1) with
        {
            Authors = ["Sam Jacobs", "Masahiro Tanaka"], AuthorsTruncated = true, Category = "cs.LG", Categories = ["cs.LG"], HasCode = true,
        };
        var full = P("b", "Sequence Parallel Training", "Sam Jacobs", new(2023, 1, 1), "r.bib", 9) with
        {
            Authors = ["Sam Jacobs", "Masahiro Tanaka", "Chengming Zhang"], Category = "cs.DC", Categories = ["cs.DC", "cs.LG"],
        };

        var merged = Assert.Single(PaperMerger.Merge([cut, full]).Papers);

        Assert.Equal(3, merged.Authors.Count);
        Assert.False(merged.AuthorsTruncated);
        Assert.Equal(["cs.LG", "cs.DC"], merged.Categories);
        Assert.True(merged.HasCode);
        Assert.Equal(new DateOnly(2023, 9, 25), merged.Published);
        Assert.Equal(("l.txt", 1), (merged.Source, merged.Line));
    }

    [Fact]
    public void Papers_by_other_authors_or_in_other_years_stay_apart()
    {
        var a = P("a", "Attention Is All You Need", "Ashish Vaswani", new(2017, 6, 12), "a", 1);
        var b = a with { Id = "b", Authors = ["Someone Else"] };
        var c = a with { Id = "c", Published = new(2018, 1, 1) };

        Assert.Equal(3, PaperMerger.Merge([a, b, c]).Papers.Count);
    }

    [Fact]
    public void Merging_never_loses_a_paper_and_a_collection_merged_with_itself_is_itself()
    {
        var seed = TestPapers.Seed.ToList();
        var (twice, duplicates) = PaperMerger.Merge([.. seed, .. seed]);

        Assert.Equal(seed, twice);
        Assert.Equal(seed.Count, duplicates.Count);

        Gen.Int[0, 1000].Sample(seedValue =>
        {
            var shuffled = seed.OrderBy(p => HashCode.Combine(p.Id, seedValue)).ToList();
            var (merged, found) = PaperMerger.Merge(shuffled);
            Assert.Equal(shuffled.Count, merged.Count + found.Sum(d => d.Copies.Count - 1));
        }, iter: 50);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_its_diagnostic_and_the_others_load()
    {
        var result = PaperSources.ReadFiles([Bib, "/no/such/file.bib", TestFiles.Seed], TestPapers.Options);

        Assert.Equal(DiagnosticCodes.Unreadable, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(24, result.Papers.Count);
    }

    [Fact]
    public void Ids_stay_unique_in_the_merged_collection()
    {
        var a = P("lee2020attention", "Attention One", "Ann Lee", new(2020, 1, 1), "a", 1);
        var b = P("lee2020attention", "Attention Two", "Ann Lee", new(2020, 1, 1), "b", 1);
        using var folder = new ScratchFolder();
        var first = folder.Write("a.json", System.Text.Encoding.UTF8.GetBytes(PaperNotebooks.Export.PaperExport.ToString([a], PaperNotebooks.Export.ExportFormat.Json)));
        var second = folder.Write("b.json", System.Text.Encoding.UTF8.GetBytes(PaperNotebooks.Export.PaperExport.ToString([b], PaperNotebooks.Export.ExportFormat.Json)));

        var result = PaperSources.ReadFiles([first, second], TestPapers.Options);

        Assert.Equal(["lee2020attention", "lee2020attentionb"], result.Papers.Select(p => p.Id));
    }
}
