using CsCheck;
using PaperNotebooks.Model;
using PaperNotebooks.Search;
using PaperNotebooks.Search.Scanning;
using PaperNotebooks.Sources;
using PaperNotebooks.Tests.Text;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Search;

/// <summary>While the index is being built, a search reads the papers instead: the same hits and ranking as the index.
/// The made-up papers are fewer than <see cref="ScanSearch.SampledCandidates"/>, so that the scan counts every term exactly.</summary>
public sealed class ScanSearchTests
{
    private static readonly Lazy<(PaperCollection Papers, PaperSearchIndex Index)> Made = new(() =>
    {
        var papers = ScanPapers.Make(1_800);
        return (papers, PaperSearchIndex.Build(papers));
    });

    /// <summary>The same papers as a set read with its titles side by side (<see cref="LowerCaseTitles"/>), in three parts
    /// of which one is empty, as a reader's sink keeps them: a scan reads the titles there.</summary>
    private static readonly Lazy<PaperCollection> Titled = new(() =>
    {
        var papers = new PaperCollection(Made.Value.Papers);
        int third = papers.Count / 3;
        LowerCaseTitles.Attach(papers, LowerCaseTitles.Join([
            LowerCaseTitlesTests.Writer(papers.Take(third).Select(p => p.Title)),
            LowerCaseTitlesTests.Writer([]),
            LowerCaseTitlesTests.Writer(papers.Skip(third).Select(p => p.Title)),
        ])!);
        return papers;
    });

    private static readonly Lazy<(PaperCollection Papers, PaperSearchIndex Index)> Seed = new(() =>
    {
        var papers = PaperSources.ReadFiles([TestFiles.Seed, Path.Combine(Path.GetDirectoryName(TestFiles.Seed)!, "references.bib")], TestPapers.Options).Papers;
        return (papers, PaperSearchIndex.Build(papers));
    });

    [Theory]
    [InlineData("attention")]
    [InlineData("ti:attention AND year:2020..2022")]
    [InlineData("au:smith OR abs:\"sequence parallelism\"")]
    [InlineData("deepspeed")]
    [InlineData("ti:deepspeed -abs:deepspeed")]
    [InlineData("\"deepspeed chat\"")]
    [InlineData("abs:\"long context\" AND NOT cat:CL")]
    [InlineData("\"mixture of experts\"")]
    [InlineData("cat:LG OR cat:stat")]
    [InlineData("cat:cs -cat:CV has:code")]
    [InlineData("has:code AND ti:model*")]
    [InlineData("au:müller")]
    [InlineData("au:muller OR au:\"sam ade\"")]
    [InlineData("naive bayes")]
    [InlineData("ti:gpt-4 OR ti:3d")]
    [InlineData("year:2024")]
    [InlineData("year:..2017 AND (ti:graph OR ti:vision)")]
    [InlineData("-attention")]
    [InlineData("venue:proceedings OR venue:journal")]
    [InlineData("id:p1* AND lora")]
    [InlineData("aff:zurich OR aff:montreal")]
    [InlineData("model's transformer's")]
    [InlineData("abs:transformer* OR abs:cafe")]
    [InlineData("arxiv:2401.00012 OR doi:10.1000/24 OR arxiv:2401.000*")]
    [InlineData("au:li AND au:ng")]
    [InlineData("state-space OR flashattention")]
    [InlineData("abs:zurich OR abs:quoted OR abs:x")]
    [InlineData("abs:\"don't\" OR abs:based")]
    public void A_scan_finds_the_papers_the_index_finds_with_the_index_scores(string query)
    {
        Assert.True(SameAsIndex(Made.Value.Papers, Made.Value.Index, query) > 0, $"'{query}' finds nothing: the case proves nothing");
        Assert.NotNull(LowerCaseTitles.Of(Titled.Value));
        SameAsIndex(Titled.Value, Made.Value.Index, query);
    }

    [Theory]
    [InlineData("ti:attention OR ti:zurich")]
    [InlineData("ti:deepspeed AND year:2018..2024")]
    [InlineData("ti:\"mixture of experts\" OR ti:naive OR ti:mod*")]
    public void A_scan_of_a_view_reads_the_titles_kept_beside_its_set_by_the_view_s_rows(string query)
    {
        var rows = Enumerable.Range(0, Made.Value.Papers.Count).Where(i => i % 3 != 1).Reverse().ToArray();
        var withTitles = Titled.Value.Subset(rows);
        var without = Made.Value.Papers.Subset(rows);

        var scanned = ScanSearch.TryRun(withTitles, query, PaperSearchIndex.MaxTop)!;
        var expected = ScanSearch.TryRun(without, query, PaperSearchIndex.MaxTop)!;

        Assert.True(expected.TotalHits > 0, $"'{query}' finds nothing: the case proves nothing");
        Assert.Equal(expected.TotalHits, scanned.TotalHits);
        Assert.Equal(expected.Hits.Select(h => (h.Paper.Id, h.Score)), scanned.Hits.Select(h => (h.Paper.Id, h.Score)));
    }

    [Theory]
    [InlineData("deepspeed")]
    [InlineData("au:\"sam ade jacobs\" AND year:2024")]
    [InlineData("\"long context\" OR ti:moe")]
    [InlineData("venue:proceedings OR doi:10.1145/3458817.3476209")]
    [InlineData("cat:DC -cat:CL")]
    public void A_scan_of_a_listing_read_from_a_file_finds_what_its_index_finds(string query) =>
        Assert.True(SameAsIndex(Seed.Value.Papers, Seed.Value.Index, query) > 0, $"'{query}' finds nothing: the case proves nothing");

    [Fact]
    public void Queries_made_up_from_the_vocabulary_find_the_same_papers_by_scan_and_by_index()
    {
        string[] words = ["attention", "deepspeed", "chat", "sparse", "graph", "the", "model", "müller", "cafe", "lora", "3d", "gpt", "experts", "sequence"];
        string[] fields = ["", "ti:", "abs:", "au:"];
        var term = Gen.Select(Pick(fields), Pick(words), Gen.Bool, (field, word, prefix) =>
            field.Length > 0 && prefix ? $"{field}{word[..Math.Min(3, word.Length)]}*" : field + word);
        var phrase = Gen.Select(Pick(fields), Pick(words), Pick(words), (field, a, b) => $"{field}\"{a} {b}\"");
        var leaf = Gen.Frequency((4, term), (1, phrase), (1, Pick("cat:LG", "has:code", "year:2018..2021", "-cat:CL")));
        var query = Gen.Select(leaf, leaf, leaf, Pick(" ", " OR ", " AND NOT ", " OR "), (a, b, c, op) => $"({a}{op}{b}) OR {c}");

        query.Sample(q =>
        {
            SameAsIndex(Made.Value.Papers, Made.Value.Index, q);
            SameAsIndex(Titled.Value, Made.Value.Index, q);
        }, iter: 60, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void On_a_collection_too_large_to_count_everything_the_scan_still_finds_every_hit_and_ranks_them_nearly_as_the_index()
    {
        var papers = ScanPapers.Make(AverageLengths.Sample + 4_000, seed: 11);
        using var index = PaperSearchIndex.Build(papers);
        const string query = "attention OR ti:graph";

        var scanned = ScanSearch.TryRun(papers, query, PaperSearchIndex.MaxTop)!;
        var indexed = index.Search(query, PaperSearchIndex.MaxTop);

        Assert.True(scanned.ScoresEstimated);
        Assert.Equal(indexed.TotalHits, scanned.TotalHits);
        Assert.Equal(indexed.Hits.Select(h => h.Paper.Id).Order(), scanned.Hits.Select(h => h.Paper.Id).Order());
        var byIndex = indexed.Hits.ToDictionary(h => h.Paper.Id, h => h.Score);
        foreach (var hit in scanned.Hits) Assert.InRange(hit.Score / byIndex[hit.Paper.Id], 0.95, 1.05);
        var topByIndex = indexed.Hits.Take(50).Select(h => h.Paper.Id).ToHashSet();
        Assert.True(scanned.Hits.Take(50).Count(h => topByIndex.Contains(h.Paper.Id)) >= 45);
    }

    [Theory]
    [InlineData("ti:(")]
    [InlineData("year:soon")]
    [InlineData("the of")]
    public void A_query_that_does_not_parse_fails_the_same_way_by_scan_as_by_index(string query)
    {
        var scanned = ScanSearch.TryRun(Made.Value.Papers, query, 10)!;
        var indexed = Made.Value.Index.Search(query, 10);

        Assert.False(scanned.Succeeded);
        Assert.Equal(indexed.Error!.ToString(), scanned.Error!.ToString());
    }

    [Fact]
    public void Hits_found_by_a_scan_show_what_matched()
    {
        var hit = ScanSearch.TryRun(Made.Value.Papers, "ti:deepspeed", 1)!.Hits.Single();

        var matched = hit.Title.Matches.Select(m => hit.Title.Text.Substring(m.Start, m.Length)).ToList();
        Assert.Contains(matched, m => m.Contains("DeepSpeed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_collection_is_read_while_its_index_is_built_in_the_background_and_the_index_answers_once_built()
    {
        var papers = ScanPapers.Make(2_000, seed: 3);

        var first = PaperSearchExtensions.Search(papers, "abs:attention", 5, scanFrom: 1);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!papers.TryGetDerived<PaperSearchIndex>(out _) && DateTime.UtcNow < deadline) Thread.Sleep(50);
        var later = PaperSearchExtensions.Search(papers, "abs:attention", 5, scanFrom: 1);

        Assert.True(first.Scanned);
        Assert.False(first.ScoresEstimated);
        Assert.True(papers.TryGetDerived<PaperSearchIndex>(out _), "the index was not built in the background");
        Assert.False(later.Scanned);
        Assert.Equal(later.Hits.Select(h => h.Paper.Id), first.Hits.Select(h => h.Paper.Id));
        papers.ReleaseDerivedState();
    }

    [Fact]
    public void A_small_collection_builds_its_index_rather_than_scanning()
    {
        var papers = ScanPapers.Make(200, seed: 5);

        var result = papers.Search("attention");

        Assert.False(result.Scanned);
        papers.ReleaseDerivedState();
    }

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <returns>How many papers matched.</returns>
    private static int SameAsIndex(PaperCollection papers, PaperSearchIndex index, string query)
    {
        var indexed = index.Search(query, PaperSearchIndex.MaxTop);
        var scanned = ScanSearch.TryRun(papers, query, PaperSearchIndex.MaxTop);

        Assert.True(indexed.Succeeded, indexed.Error?.ToString());
        Assert.NotNull(scanned);
        Assert.True(scanned.Succeeded, scanned.Error?.ToString());
        Assert.False(scanned.ScoresEstimated);
        Assert.Equal(indexed.TotalHits, scanned.TotalHits);
        var byIndex = indexed.Hits.ToDictionary(h => h.Paper.Id, h => h.Score);
        Assert.Equal(byIndex.Keys.Order(), scanned.Hits.Select(h => h.Paper.Id).Order());
        foreach (var hit in scanned.Hits)
        {
            float expected = byIndex[hit.Paper.Id];
            Assert.True(Math.Abs(hit.Score - expected) <= 1e-4 * Math.Max(1, expected),
                $"'{query}': {hit.Paper.Id} scored {hit.Score} by scan, {expected} by index");
        }
        return scanned.TotalHits;
    }
}
