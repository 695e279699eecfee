using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

/// <summary>Queries that expand to many words, and words no index holds, give results or one clear error.</summary>
public sealed class BroadQueryTests
{
    private static readonly Lazy<PaperCollection> ManyAWords = new(() =>
    {
        // 1,100 distinct words starting with 'a' in one abstract: more than Lucene's 1,024 clauses when expanded.
        var words = Enumerable.Range(0, 1_100).Select(i => "a" + Word(i));
        string listing =
            "LGMar 31, 2024\n" +
            "Alphabet Soup for Everyone: a Study of WordsAda Lovelace, Alan Turing\n" +
            "We list " + string.Join(' ', words) + " and stop.\n" +
            "\n" +
            "CLApr 2, 2024\n" +
            "Attention Is Not All You NeedGrace Hopper\n" +
            "Attention helps; so does an appetite for abstracts.\n";
        return PaperListingReader.Parse(listing, new ListingReadOptions { AsOf = TestFiles.AsOf }).Papers;
    });

    private static string Word(int i)
    {
        var word = new StringBuilder();
        do
        {
            word.Append((char)('b' + i % 24));
            i /= 24;
        }
        while (i > 0);
        return word.Append("x").ToString();
    }

    [Fact]
    public void A_prefix_matching_more_than_1024_words_of_one_abstract_is_searched_and_highlighted()
    {
        var result = ManyAWords.Value.Search("a*");

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(2, result.Hits.Count);
        var soup = result.Hits.Single(hit => hit.Paper.Title.StartsWith("Alphabet", StringComparison.Ordinal));
        Assert.NotEmpty(soup.Snippet.Matches);
        Assert.NotEmpty(soup.Authors.Matches);
    }

    [Fact]
    public void A_prefix_inside_a_field_with_many_expansions_is_highlighted_too()
    {
        var result = ManyAWords.Value.Search("abs:a* AND ti:alphabet");

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.NotEmpty(Assert.Single(result.Hits).Snippet.Matches);
    }

    [Fact]
    public void A_word_longer_than_any_indexed_word_is_named_as_too_long_not_as_a_common_word()
    {
        string query = new('x', 1_000);

        var error = SeedPapers.Search(query).Error!;

        Assert.Equal(QueryErrorCodes.WordTooLong, error.Code);
        Assert.DoesNotContain("common words", error.Message);
        Assert.Contains("1,000 characters", error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void A_name_repeated_into_one_long_word_is_named_as_too_long()
    {
        string query = string.Concat(Enumerable.Repeat("DeepSpeed", 100));

        var error = SeedPapers.Search(query).Error!;

        Assert.Equal(QueryErrorCodes.WordTooLong, error.Code);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void A_name_repeated_as_separate_words_finds_what_the_name_finds()
    {
        string query = string.Join(' ', Enumerable.Repeat("DeepSpeed", 100));

        Assert.Equal(SeedPapers.IdSet("DeepSpeed"), SeedPapers.IdSet(query));
    }

    [Fact]
    public void An_unknown_similar_id_is_quoted_shortened()
    {
        string id = new('q', 100_000);

        var result = SeedPapers.Papers.Similar(id);

        Assert.Equal(QueryErrorCodes.UnknownPaper, result.Error!.Code);
        Assert.True(result.Error.ToString().Length < 200, result.Error.ToString());
        Assert.True(result.Id.Length < 200);
    }
}
