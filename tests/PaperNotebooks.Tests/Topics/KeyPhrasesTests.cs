using PaperNotebooks.Model;
using PaperNotebooks.Tests.Search;
using PaperNotebooks.Topics;

namespace PaperNotebooks.Tests.Topics;

public sealed class KeyPhrasesTests
{
    [Fact]
    public void The_seed_topics_are_subjects_not_the_words_every_abstract_uses()
    {
        var phrases = KeyPhrases.ForCollection(SeedPapers.Papers, top: 20);
        var text = phrases.Select(p => p.Phrase).ToList();

        Assert.Equal(20, phrases.Count);
        Assert.Equal("long context", text[0]);
        Assert.Contains("offloading", text);
        Assert.Contains("sequence parallelism", text);
        Assert.Contains("KV cache", text);
        foreach (var generic in new[] { "paper", "propose", "proposed", "we", "approach", "method", "results", "novel", "show" })
            Assert.DoesNotContain(phrases, p => p.Phrase.Split(' ').Contains(generic));
    }

    [Fact]
    public void Collection_counts_are_papers_containing_the_phrase()
    {
        var phrases = KeyPhrases.ForCollection(SeedPapers.Papers, top: 30).ToDictionary(p => p.Phrase);

        // long context: Phi-3, FPDT, MAC-Attention and AutoSP (hyphenated or not, any case).
        Assert.Equal(4, phrases["long context"].Count);
        Assert.Equal(2, phrases["offloading"].Count);
        Assert.Equal(3, phrases["sequence parallelism"].Count);
        Assert.True(phrases.Values.All(p => p.Count >= 2));
    }

    [Fact]
    public void Key_phrases_are_weighted_best_first()
    {
        var phrases = KeyPhrases.ForCollection(SeedPapers.Papers);

        Assert.True(phrases.Zip(phrases.Skip(1)).All(pair => pair.First.Weight >= pair.Second.Weight));
        Assert.True(phrases.All(p => p.Phrase.Split(' ').Length is >= 1 and <= 3));
    }

    [Fact]
    public void A_paper_key_phrases_say_what_sets_it_apart()
    {
        var phrases = KeyPhrases.ForPaper(SeedPapers.Papers, "liu2024grin", top: 10).Select(p => p.Phrase).ToList();

        Assert.Contains("mixture of experts", phrases);
        Assert.Contains("expert routing", phrases);
        Assert.Contains("MoE", phrases);
        Assert.DoesNotContain("subset of expert", phrases);
    }

    [Fact]
    public void A_paper_on_its_own_gets_key_phrases_by_frequency()
    {
        var paper = SeedPapers.Papers["lan2025zenflow"];

        var phrases = KeyPhrases.ForPaper(paper, top: 5);

        Assert.Equal(5, phrases.Count);
        Assert.Contains(phrases, p => p.Phrase == "ZenFlow" && p.Count == 5);
        Assert.Contains(phrases, p => p.Phrase == "GPU");
    }

    [Fact]
    public void Key_phrases_of_an_unknown_id_throw_like_the_collection_indexer()
    {
        Assert.Throws<KeyNotFoundException>(() => KeyPhrases.ForPaper(SeedPapers.Papers, "nobody2099nothing"));
    }

    [Fact]
    public void Phrase_counts_by_year_feed_a_trend_heatmap()
    {
        var table = KeyPhrases.ByYear(SeedPapers.Papers, ["long context", "Offloading", "mixture-of-experts", "LLM", "nothing like this"]);

        Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], table.Years);
        Assert.Equal([2, 0, 3, 6, 4, 3], table.PapersPerYear);
        Assert.Equal([0, 0, 0, 2, 0, 2], table.Rows[0].Counts);
        Assert.Equal([0, 0, 0, 0, 2, 0], table.Rows[1].Counts);
        Assert.Equal(1, table.Count("mixture-of-experts", 2024));
        Assert.Equal(0, table.Rows[4].Total);
        Assert.Equal(0, table.Count("long context", 1999));
    }

    [Fact]
    public void By_year_with_a_number_counts_the_top_collection_phrases()
    {
        var table = KeyPhrases.ByYear(SeedPapers.Papers, top: 5);

        Assert.Equal(KeyPhrases.ForCollection(SeedPapers.Papers, 5).Select(p => p.Phrase), table.Rows.Select(r => r.Phrase));
        Assert.Equal(
            KeyPhrases.ForCollection(SeedPapers.Papers, 5).Select(p => p.Count),
            table.Rows.Select(r => r.Total));
    }

    [Fact]
    public void An_empty_collection_has_no_phrases()
    {
        Assert.Empty(KeyPhrases.ForCollection(PaperCollection.Empty));
        Assert.Empty(KeyPhrases.ByYear(PaperCollection.Empty, ["moe"]).Years);
    }

    [Fact]
    public void Whether_a_word_is_a_stop_word_depends_on_its_spelling_not_on_which_spelling_came_first()
    {
        Paper Of(string id, string text) => new()
        {
            Id = id, Title = text, Authors = ["Ann Lee"], Category = "cs.LG", Published = new DateOnly(2024, 1, 1), Abstract = text,
        };
        var papers = new[]
        {
            Of("a", "Kernels run three times faster on GPUs."),
            Of("b", "Compilers reduce run time on GPUs."),
            Of("c", "Schedulers lower run time on clusters."),
        };

        var forward = KeyPhrases.ForCollection(new PaperCollection(papers), 50).Select(p => p.Phrase).Order().ToList();
        var backward = KeyPhrases.ForCollection(new PaperCollection(papers.Reverse()), 50).Select(p => p.Phrase).Order().ToList();

        Assert.True(forward.Contains("run time"), string.Join(" | ", forward));
        Assert.Equal(forward, backward);
    }
}
