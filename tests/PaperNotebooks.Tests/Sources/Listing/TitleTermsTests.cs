using PaperNotebooks.Listing;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>The title terms that the second pass weighs (issue 14): words with capitals or digits inside.</summary>
public sealed class TitleTermsTests
{
    [Fact]
    public void Terms_are_the_words_with_a_capital_after_a_lower_case_letter_or_a_digit_next_to_a_letter()
    {
        var hashes = new ChunkedList<ulong>();

        TitleTerms.Collect("Parti5Kit: StyleGAN Meets 3D Scenes in SwinUNet-v2 and RL4Agents (GPT, iOS)", hashes);

        string[] terms = ["Parti5Kit", "StyleGAN", "SwinUNet", "RL4Agents"];
        Assert.Equal(terms.Select(AuthorHash.Of), hashes);
        Assert.All(terms, term => Assert.True(TitleTerms.IsTerm(term)));
        Assert.False(TitleTerms.IsTerm("Scenes"));
        Assert.False(TitleTerms.IsTerm("3D"));
    }

    [Fact]
    public void A_word_longer_than_any_term_is_skipped_whole()
    {
        var hashes = new ChunkedList<ulong>();

        TitleTerms.Collect(string.Concat(Enumerable.Repeat("aB", 100)) + " then SwinUNet", hashes);

        Assert.Equal([AuthorHash.Of("SwinUNet")], hashes);
    }

    [Fact]
    public void The_last_word_of_a_title_is_taken_without_its_punctuation()
    {
        Assert.Equal("Parti5", TitleTerms.Last("Fast Graph Partitioning with Parti5 ").ToString());
        Assert.Equal("Lab", TitleTerms.Last("A Study of the Lab).").ToString());
    }
}
