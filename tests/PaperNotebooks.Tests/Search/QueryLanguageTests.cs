using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>Every form of the query language on the seed listing, with the exact papers it finds.</summary>
public sealed class QueryLanguageTests
{
    [Theory]
    // Free words look in title, abstract and authors.
    [InlineData("offloading", "lan2025zenflow lian2025superoffload")]
    [InlineData("tanaka", "tanaka2025estimating jacobs2023deepspeed yao2024training holmes2024deepspeed lian2025superoffload shen2025mitigating yamauchi2021smart tanaka2021automatic")]
    [InlineData("OFFLOADING", "lan2025zenflow lian2025superoffload")]
    // Side by side means AND.
    [InlineData("offloading superchips", "lian2025superoffload")]
    // Words inside compound names match: DeepSpeed-Chat, DeepSpeed4Science, DeepSpeed's, DeepSpeed-Ulysses.
    [InlineData("deepspeed", "holmes2024deepspeed song2023deepspeed4science yao2023deepspeed jacobs2023deepspeed lian2025superoffload")]
    [InlineData("offload", "lan2025zenflow lian2025superoffload")]
    [InlineData("science", "song2023deepspeed4science tanaka2025estimating")]
    public void Free_words_find_papers_by_title_abstract_and_authors(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Theory]
    [InlineData("ti:deepspeed", "holmes2024deepspeed song2023deepspeed4science yao2023deepspeed jacobs2023deepspeed")]
    [InlineData("title:deepspeed", "holmes2024deepspeed song2023deepspeed4science yao2023deepspeed jacobs2023deepspeed")]
    [InlineData("abs:deepspeed", "song2023deepspeed4science yao2023deepspeed holmes2024deepspeed jacobs2023deepspeed lian2025superoffload")]
    [InlineData("abs:superchips", "lian2025superoffload")]
    [InlineData("au:tanaka", "tanaka2025estimating jacobs2023deepspeed yao2024training holmes2024deepspeed lian2025superoffload shen2025mitigating yamauchi2021smart tanaka2021automatic")]
    [InlineData("aff:microsoft", "song2023deepspeed4science liu2024grin holmes2024deepspeed abdin2024phi")]
    [InlineData("aff:stanford", "abdin2024phi")]
    [InlineData("aff:\"microsoft research\"", "song2023deepspeed4science liu2024grin holmes2024deepspeed abdin2024phi")]
    [InlineData("id:yao2026mac", "yao2026mac")]
    [InlineData("id:YAO2026MAC", "yao2026mac")]
    [InlineData("ti:(moe OR offloading)", "liu2024grin lan2025zenflow")]
    public void Field_prefixes_limit_a_term_to_one_field(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Theory]
    [InlineData("au:\"sam ade jacobs\"")]
    [InlineData("au:\"Sam Adé Jacobs\"")]
    [InlineData("au:\"SAM ADE JACOBS\"")]
    public void Author_queries_ignore_case_and_accents(string query)
    {
        // yao2026mac spells him Sam Adé Jacobs, the others Sam Ade Jacobs.
        Assert.Equal(SeedPapers.Sorted("jacobs2023deepspeed yao2024training yao2026mac lian2024universal"), SeedPapers.IdSet(query));
    }

    [Fact]
    public void An_author_phrase_does_not_run_from_one_author_into_the_next()
    {
        // "Sam Ade Jacobs, Masahiro Tanaka": jacobs and masahiro are two authors, not one name.
        Assert.Empty(SeedPapers.Ids("au:\"jacobs masahiro\""));
    }

    [Theory]
    [InlineData("cat:LG")]
    [InlineData("cat:cs.LG")]
    [InlineData("cat:lg")]
    [InlineData("cat:CS.lg")]
    public void Short_and_full_category_codes_are_the_same_category(string query)
    {
        Assert.Equal(
            SeedPapers.Sorted("yao2023deepspeed jacobs2023deepspeed yao2026mac gupta2026autosp lian2025superoffload tanaka2021automatic"),
            SeedPapers.IdSet(query));
    }

    [Theory]
    [InlineData("cat:ML", "tanaka2025estimating")]
    [InlineData("cat:stat", "tanaka2025estimating")]
    [InlineData("cat:DC", "yao2024training lan2025zenflow lian2024universal")]
    public void Category_codes_resolve_as_arxiv_does_and_archives_match_all_their_categories(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Fact]
    public void Cat_cs_finds_every_computer_science_paper()
    {
        Assert.Equal(17, SeedPapers.Search("cat:cs").TotalHits);
        Assert.DoesNotContain("tanaka2025estimating", SeedPapers.Ids("cat:cs"));
    }

    [Theory]
    [InlineData("year:2024", "llmjp2024llm liu2024grin abdin2024phi yao2024training holmes2024deepspeed lian2024universal")]
    [InlineData("year:2021", "yamauchi2021smart tanaka2021automatic")]
    [InlineData("year:2022", "")]
    [InlineData("year:2025..2026", "tanabe2026shirakami yao2026mac gupta2026autosp lan2025zenflow lian2025superoffload tanaka2025estimating shen2025mitigating")]
    [InlineData("year:2025..", "tanabe2026shirakami yao2026mac gupta2026autosp lan2025zenflow lian2025superoffload tanaka2025estimating shen2025mitigating")]
    [InlineData("year:..2021", "yamauchi2021smart tanaka2021automatic")]
    [InlineData("year:2021..2023", "song2023deepspeed4science yao2023deepspeed jacobs2023deepspeed yamauchi2021smart tanaka2021automatic")]
    public void Years_and_year_ranges_filter_by_publication_year(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Fact]
    public void A_year_range_takes_both_ends()
    {
        Assert.Equal(11, SeedPapers.Search("year:2021..2024").TotalHits);
    }

    [Fact]
    public void Has_code_finds_papers_with_code()
    {
        Assert.Equal(SeedPapers.Sorted("llmjp2024llm abdin2024phi yao2026mac"), SeedPapers.IdSet("has:code"));
    }

    [Theory]
    [InlineData("au:\"sam ade jacobs\" AND year:2024", "yao2024training lian2024universal")]
    [InlineData("au:\"sam ade jacobs\" year:2024", "yao2024training lian2024universal")]
    [InlineData("offloading OR checkpointing", "lan2025zenflow lian2025superoffload lian2024universal gupta2026autosp")]
    [InlineData("(offloading OR checkpointing) AND year:2025", "lan2025zenflow lian2025superoffload")]
    [InlineData("offloading OR checkpointing AND year:2025", "lan2025zenflow lian2025superoffload")]
    [InlineData("cat:LG has:code", "yao2026mac")]
    [InlineData("ti:deepspeed AND NOT (chat OR ulysses)", "holmes2024deepspeed song2023deepspeed4science")]
    public void Boolean_operators_and_parentheses_combine_terms(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Theory]
    [InlineData("deepspeed NOT chat")]
    [InlineData("deepspeed -chat")]
    [InlineData("deepspeed AND NOT chat")]
    public void Not_and_minus_exclude_papers(string query)
    {
        Assert.Equal(
            SeedPapers.Sorted("holmes2024deepspeed song2023deepspeed4science jacobs2023deepspeed lian2025superoffload"),
            SeedPapers.IdSet(query));
    }

    [Fact]
    public void A_query_of_only_exclusions_finds_every_other_paper()
    {
        var result = SeedPapers.Search("-deepspeed");
        Assert.Equal(13, result.TotalHits);
        Assert.DoesNotContain(result.Hits, hit => hit.Paper.Id == "yao2023deepspeed");
        Assert.Equal(13, SeedPapers.Search("NOT deepspeed").TotalHits);
        Assert.Equal(SeedPapers.IdSet("-cat:LG"), SeedPapers.IdSet("NOT cat:cs.LG"));
    }

    [Theory]
    [InlineData("\"mixture of experts\"", "liu2024grin")]
    [InlineData("\"long context\"", "yao2024training gupta2026autosp yao2026mac abdin2024phi")]
    [InlineData("long-context", "yao2024training gupta2026autosp yao2026mac abdin2024phi")]
    [InlineData("\"deepspeed chat\"", "yao2023deepspeed")]
    [InlineData("DeepSpeed-Chat", "yao2023deepspeed")]
    [InlineData("\"sequence parallelism\"", "jacobs2023deepspeed gupta2026autosp lian2025superoffload")]
    [InlineData("ti:\"long context\"", "yao2024training gupta2026autosp")]
    public void Quoted_phrases_match_words_in_order(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Fact]
    public void A_phrase_needs_its_words_in_order()
    {
        Assert.Empty(SeedPapers.Ids("\"context long\""));
    }

    [Theory]
    [InlineData("offload*", "lan2025zenflow lian2025superoffload")]
    [InlineData("checkpoint*", "lian2024universal gupta2026autosp")]
    [InlineData("deep* year:2021", "tanaka2021automatic")]
    [InlineData("au:tana*", "tanaka2025estimating jacobs2023deepspeed yao2024training holmes2024deepspeed lian2025superoffload shen2025mitigating yamauchi2021smart tanaka2021automatic tanabe2026shirakami")]
    [InlineData("id:yao*", "yao2023deepspeed yao2024training yao2026mac")]
    [InlineData("cat:cs.D*", "yao2024training tanabe2026shirakami lan2025zenflow lian2024universal")]
    public void A_trailing_star_matches_every_word_with_that_start(string query, string expected)
    {
        Assert.Equal(SeedPapers.Sorted(expected), SeedPapers.IdSet(query));
    }

    [Fact]
    public void Lower_case_and_or_not_are_words_not_operators()
    {
        // "and" is a stop word and drops out; "not" too: the query is the other words, ANDed.
        Assert.Equal(SeedPapers.IdSet("offloading superchips"), SeedPapers.IdSet("offloading and superchips"));
    }

    [Fact]
    public void Stop_words_in_a_query_are_ignored_rather_than_required()
    {
        Assert.Equal(SeedPapers.IdSet("mixture experts"), SeedPapers.IdSet("mixture of experts"));
    }
}
