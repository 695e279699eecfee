using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>A large collection is indexed in ranges on several threads, fields and abstracts apart (<see cref="IndexRanges"/>).</summary>
public sealed class IndexRangesTests
{
    // Enough papers for several ranges of 2,000.
    private const int Count = 6_500;

    private static readonly string[] Subjects = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];

    private static readonly Lazy<PaperCollection> Papers = new(() => new PaperCollection(Enumerable.Range(0, Count).Select(i => new Paper
    {
        Id = $"paper{i}",
        Title = $"Paper number {i} on {Subjects[i % 7]}",
        Authors = [$"Author Family{i % 13}"],
        Category = "cs.LG",
        Published = new DateOnly(2020 + i % 5, 1, 1),
        // The same abstract for every paper but one word: papers differing only there must score alike.
        Abstract = $"A shared abstract about sequence parallelism and {Word(i)}.",
    })));

    /// <summary>A word of letters only, one per paper (digits would split a compound word into parts).</summary>
    private static string Word(int i) => "zq" + string.Concat(i.ToString().Select(d => (char)('a' + d - '0')));

    [Theory]
    [InlineData(0)]
    [InlineData(1_999)]
    [InlineData(2_000)]
    [InlineData(4_321)]
    [InlineData(Count - 1)]
    public void Every_range_finds_its_papers_by_a_word_of_the_abstract_and_of_the_title(int i)
    {
        var byAbstract = Papers.Value.Search($"abs:{Word(i)}");
        var byWords = Papers.Value.Search($"{Word(i)} AND ti:{i}");

        Assert.Equal([$"paper{i}"], byAbstract.Hits.Select(h => h.Paper.Id));
        Assert.Equal([$"paper{i}"], byWords.Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void Papers_alike_score_alike_in_every_range_and_come_in_listing_order()
    {
        var result = Papers.Value.Search("ti:delta AND abs:\"sequence parallelism\"", top: PaperSearchIndex.MaxTop);

        var expected = Enumerable.Range(0, Count).Where(i => i % 7 == 3).Select(i => $"paper{i}").ToList();
        Assert.Equal(expected.Count, result.TotalHits);
        Assert.Equal(expected, result.Hits.Select(h => h.Paper.Id));
        Assert.Single(result.Hits.Select(h => h.Score).Distinct());
    }

    [Fact]
    public void A_field_query_scores_the_same_before_and_after_the_abstracts_are_indexed()
    {
        var papers = new PaperCollection(Papers.Value);
        using var fields = FieldSearchIndex.Build(papers);
        var before = fields.Index.Search("ti:foxtrot OR au:family7", 100);
        using var full = fields.WithAbstracts();
        var after = full.Search("ti:foxtrot OR au:family7", 100);

        Assert.NotEmpty(before.Hits);
        Assert.Equal(before.TotalHits, after.TotalHits);
        Assert.Equal(before.Hits.Select(h => (h.Paper.Id, h.Score)), after.Hits.Select(h => (h.Paper.Id, h.Score)));
    }

    [Fact]
    public void The_full_index_keeps_working_when_the_field_index_it_reads_is_released_first()
    {
        var papers = new PaperCollection(Papers.Value);
        var fields = FieldSearchIndex.Build(papers);
        using var full = fields.WithAbstracts();
        fields.Dispose();

        Assert.Equal(["paper42"], full.Search($"abs:{Word(42)}").Hits.Select(h => h.Paper.Id));
        Assert.Equal(Count / 7 + (Count % 7 > 5 ? 1 : 0), full.Search("ti:foxtrot").TotalHits);
    }

    [Fact]
    public void Fields_released_before_the_abstracts_are_indexed_are_indexed_again()
    {
        var papers = new PaperCollection(Papers.Value);
        var fields = FieldSearchIndex.Build(papers);
        fields.Dispose();

        using var full = fields.WithAbstracts();

        Assert.Equal(["paper4242"], full.Search($"{Word(4242)} AND au:family{4242 % 13}").Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void Ids_are_found_by_position_in_every_range_whole_or_by_prefix()
    {
        Assert.Equal(["paper4321"], Papers.Value.Search("id:PAPER4321").Hits.Select(h => h.Paper.Id));
        Assert.Equal(["paper6499"], Papers.Value.Search("id:paper6499 AND ti:6499").Hits.Select(h => h.Paper.Id));
        Assert.Equal(Enumerable.Range(0, Count).Where(i => i.ToString().StartsWith("432")).Select(i => $"paper{i}"),
            Papers.Value.Search("id:paper432*", top: 100).Hits.Select(h => h.Paper.Id));
        Assert.Empty(Papers.Value.Search("id:paper99999").Hits);
    }

    [Fact]
    public void Ids_in_a_filtered_set_are_found_at_their_place_in_it()
    {
        var odd = Papers.Value.Where(p => int.Parse(p.Id[5..]) % 2 == 1);

        Assert.Equal(["paper4321"], odd.Search("id:paper4321").Hits.Select(h => h.Paper.Id));
        Assert.Empty(odd.Search("id:paper4320").Hits);
        Assert.Equal(["paper4321", "paper4323", "paper4325", "paper4327", "paper4329"], odd.Search("id:paper432*", top: 10).Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void Similar_papers_are_found_across_ranges()
    {
        var similar = Papers.Value.Similar("paper10", top: 5);

        Assert.Null(similar.Error);
        Assert.Equal(5, similar.Similar.Count);
        Assert.DoesNotContain(similar.Similar, s => s.Paper.Id == "paper10");
    }

    [Fact]
    public void A_range_s_end_asks_for_a_background_collection_of_a_heap_under_half_a_gigabyte_and_not_of_a_larger_one()
    {
        Assert.True(IndexRanges.CollectsAfterRange(150L << 20));   // 200,000 papers and their index
        Assert.True(IndexRanges.CollectsAfterRange(IndexRanges.CollectAfterRangeBelow - 1));
        Assert.False(IndexRanges.CollectsAfterRange(IndexRanges.CollectAfterRangeBelow));
        Assert.False(IndexRanges.CollectsAfterRange(700L << 20));  // a million papers before their index
    }
}
