using CsCheck;
using PaperNotebooks.Analytics;
using PaperNotebooks.Filtering;
using PaperNotebooks.Model;

namespace PaperNotebooks.Tests.Filtering;

/// <summary>Papers found by words of their titles: as comparing every title's key with the words' finds them, in the
/// same order, on one core or in parts.</summary>
public sealed class TitleWordsTests
{
    // Letters in both cases, accents that fold, dots and spaces that the key drops or squeezes.
    private static readonly Gen<string> Titles = Gen.Char["abAB éÉ.-ü"].Array[0, 14].Select(chars => new string(chars));

    private static Paper Paper(int i, string title) => new()
    {
        Id = $"p{i}", Title = title, Authors = ["A B"], Category = "cs.CL", Published = new DateOnly(2024, 1, 1),
    };

    /// <summary>What <c>#!paper show</c> did before: every title's key as a string, compared with the words.</summary>
    private static IReadOnlyList<Paper> Expected(IReadOnlyList<Paper> papers, string text)
    {
        string phrase = AuthorIdentity.Key(text.Trim());
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        return papers
            .Select(p => (Paper: p, Title: AuthorIdentity.Key(p.Title)))
            .Where(t => words.All(w => t.Title.Contains(w, StringComparison.Ordinal)))
            .OrderByDescending(t => t.Title == phrase)
            .ThenByDescending(t => t.Title.Contains(phrase, StringComparison.Ordinal))
            .Select(t => t.Paper)
            .ToArray();
    }

    [Fact]
    public void Titles_holding_every_word_are_found_as_their_keys_compared_find_them()
    {
        Gen.Select(Titles.Array[0, 60], Titles).Sample((titles, text) =>
        {
            var papers = titles.Select((title, i) => Paper(i, title)).ToList();
            Assert.Equal(Expected(papers, text).Select(p => p.Id), TitleWords.Find(papers, text).Select(p => p.Id));
        }, iter: 2_000);
    }

    [Fact]
    public void A_large_list_read_in_parts_finds_the_same_papers_in_the_same_order()
    {
        string[] forms = ["Long Context Training {0}", "long-context training {0}", "LONG CONTEXT TRAINING", "Lóng  Cöntext. Training", "Short context {0}"];
        var papers = Enumerable.Range(0, 60_000).Select(i => Paper(i, string.Format(forms[i * 7 % forms.Length], i % 100))).ToList();

        foreach (string text in new[] { "long context training", "CONTEXT", "training 42", "lóng cöntext", "nothing here" })
            Assert.Equal(Expected(papers, text).Select(p => p.Id), TitleWords.Find(papers, text).Select(p => p.Id));
        Assert.Equal("p1", TitleWords.Find(papers, "long context training")[0].Id);
    }
}
