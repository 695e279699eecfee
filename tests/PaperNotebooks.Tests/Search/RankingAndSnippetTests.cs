using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

public sealed class RankingAndSnippetTests
{
    [Theory]
    // Title and abstract (ZenFlow) above abstract only (SuperOffload says offloading five times, never in its title).
    [InlineData("offloading", "lan2025zenflow lian2025superoffload")]
    // Universal Checkpointing has it in the title; AutoSP only as activation-checkpointing in its abstract.
    [InlineData("checkpointing", "lian2024universal gupta2026autosp")]
    // "superchips": SuperOffload's title and abstract; nowhere else.
    [InlineData("superchips", "lian2025superoffload")]
    public void Title_matches_rank_above_abstract_only_matches(string query, string expected)
    {
        Assert.Equal(expected.Split(' '), SeedPapers.Ids(query));
    }

    [Fact]
    public void Every_paper_with_deepspeed_in_its_title_ranks_above_the_one_that_mentions_it_in_passing()
    {
        var ids = SeedPapers.Ids("deepspeed");
        Assert.Equal(5, ids.Length);
        Assert.Equal("lian2025superoffload", ids[^1]);
        Assert.Equal(
            SeedPapers.Sorted("holmes2024deepspeed song2023deepspeed4science yao2023deepspeed jacobs2023deepspeed"),
            SeedPapers.Sorted(string.Join(' ', ids[..4])));
    }

    [Fact]
    public void Hits_come_best_first_and_top_limits_them()
    {
        var result = SeedPapers.Search("tanaka", top: 3);
        Assert.Equal(8, result.TotalHits);
        Assert.Equal(3, result.Hits.Count);
        Assert.True(result.Hits.Zip(result.Hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
        Assert.Equal(result.Hits.Select(h => h.Paper.Id), result.Papers.Select(p => p.Id));
    }

    [Fact]
    public void Papers_that_tie_keep_listing_order()
    {
        Assert.Equal(["llmjp2024llm", "abdin2024phi", "yao2026mac"], SeedPapers.Ids("has:code"));
    }

    [Fact]
    public void The_snippet_marks_the_matching_words_in_plain_text()
    {
        var hit = SeedPapers.Search("offloading").Hits[1];

        Assert.Equal("lian2025superoffload", hit.Paper.Id);
        Assert.DoesNotContain("<", hit.Snippet.Text);
        Assert.True(hit.Snippet.HasMatches);
        Assert.All(hit.Snippet.Matches, m => Assert.Equal("offloading", hit.Snippet.Text.Substring(m.Start, m.Length), ignoreCase: true));
        Assert.False(hit.Title.HasMatches);
    }

    [Fact]
    public void The_title_marks_words_inside_compound_names()
    {
        var hit = SeedPapers.Search("deepspeed").Hits.Single(h => h.Paper.Id == "holmes2024deepspeed");

        Assert.Equal("[DeepSpeed]-FastGen: High-throughput Text Generation for LLMs via MII and [DeepSpeed]-Inference", hit.Title.Mark());
    }

    [Fact]
    public void Author_matches_are_marked_in_the_author_list_as_written()
    {
        var hit = SeedPapers.Search("au:\"sam ade jacobs\"").Hits.Single(h => h.Paper.Id == "yao2026mac");

        Assert.Equal("Jinghan Yao, [Sam Adé Jacobs], Walid Krichene", hit.Authors.Mark());
        Assert.Equal([("Jinghan Yao, ", false), ("Sam Adé Jacobs", true), (", Walid Krichene", false)], hit.Authors.Segments());
    }

    [Fact]
    public void A_paper_found_by_a_filter_alone_shows_the_opening_of_its_abstract()
    {
        var hit = SeedPapers.Search("id:tanaka2021automatic").Hits.Single();

        Assert.False(hit.Snippet.HasMatches);
        Assert.StartsWith("This work proposes RaNNC", hit.Snippet.Text);
        Assert.EndsWith("…", hit.Snippet.Text);
        Assert.True(hit.Snippet.Text.Length <= 330);
    }

    [Fact]
    public void A_phrase_is_marked_as_one_range()
    {
        var hits = SeedPapers.Search("ti:\"long context\"").Hits;

        Assert.Equal("Training Ultra [Long Context] Language Model with Fully Pipelined Distributed Transformer",
            hits.Single(h => h.Paper.Id == "yao2024training").Title.Mark());
        Assert.Equal("AutoSP: Unlocking [Long]-[Context] LLM Training Via Compiler-Based Sequence Parallelism",
            hits.Single(h => h.Paper.Id == "gupta2026autosp").Title.Mark());
    }

    [Fact]
    public void Excluded_terms_are_not_marked()
    {
        var hit = SeedPapers.Search("deepspeed -chat").Hits.Single(h => h.Paper.Id == "jacobs2023deepspeed");

        Assert.DoesNotContain("[chat]", hit.Snippet.Mark(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[DeepSpeed]", hit.Title.Mark());
    }

    [Fact]
    public void A_snippet_does_not_depend_on_which_hits_were_highlighted_before_it()
    {
        const string query = "deepspeed OR \"long context\" OR offload*";
        int count = SeedPapers.Search(query).Hits.Count;
        // Each hit alone: the first and only text its search's highlighter reads.
        var alone = Enumerable.Range(0, count).Select(i => SeedPapers.Search(query).Hits[i].Snippet.Mark()).ToList();
        var forward = SeedPapers.Search(query).Hits.Select(h => h.Snippet.Mark()).ToList();
        var backward = SeedPapers.Search(query).Hits.Reverse().Select(h => h.Snippet.Mark()).Reverse().ToList();

        Assert.Equal(alone, forward);
        Assert.Equal(alone, backward);
    }

    [Fact]
    public void Searches_and_highlights_from_several_threads_at_once_agree()
    {
        var expected = SeedPapers.Search("deepspeed OR \"long context\" OR offload*").Hits
            .Select(h => h.Paper.Id + h.Title.Mark() + h.Snippet.Mark() + h.Authors.Mark()).ToList();

        var results = new List<string>[8];
        Parallel.For(0, results.Length, i =>
        {
            var hits = SeedPapers.Search("deepspeed OR \"long context\" OR offload*").Hits;
            // Read one result's highlights from several threads too.
            results[i] = hits.AsParallel().AsOrdered().Select(h => h.Paper.Id + h.Title.Mark() + h.Snippet.Mark() + h.Authors.Mark()).ToList();
        });

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void The_collection_keeps_its_index_between_searches()
    {
        var papers = SeedPapers.Papers;
        Assert.Same(papers.SearchIndex(), papers.SearchIndex());
    }
}
