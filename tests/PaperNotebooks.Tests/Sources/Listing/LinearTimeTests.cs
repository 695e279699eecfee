using System.Diagnostics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>Inputs that once made the reader's cost grow with their square. The bound is generous: a quadratic
/// step takes minutes on these sizes, a linear one milliseconds.</summary>
public sealed class LinearTimeTests
{
    private static readonly ListingReadOptions Options = SampleListings.Options;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(5);

    private static ListingParseResult TimedParse(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = PaperListingReader.Parse(text, Options, "hostile.txt");
        Assert.True(stopwatch.Elapsed < Generous, $"reading took {stopwatch.Elapsed.TotalSeconds:N1} s");
        // Messages quote input shortened (Excerpt), never a whole hostile line.
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length < 400, d.Message[..Math.Min(1000, d.Message.Length)]));
        return result;
    }

    private static string Entry(string titleLine, string abstractLine = "An abstract.") =>
        $"CLJul 4, 2024\n{titleLine}\n{abstractLine}\n";

    private static string CamelWord(int length)
    {
        var word = new StringBuilder(length);
        var random = new Random(8);
        while (word.Length < length) word.Append(random.Next(3) == 0 ? (char)('A' + random.Next(26)) : (char)('a' + random.Next(26)));
        return word.ToString();
    }

    [Fact]
    public void A_title_line_that_is_one_word_of_200000_letters_in_mixed_case_reads_in_linear_time()
    {
        var result = TimedParse(Entry(CamelWord(200_000)));

        Assert.Single(result.Papers);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_title_line_that_is_one_cjk_run_of_200000_characters_reads_in_linear_time()
    {
        var result = TimedParse(Entry("深度学习" + string.Concat(Enumerable.Repeat("模型", 100_000)) + "张伟, 李娜"));

        var paper = Assert.Single(result.Papers);
        Assert.Equal(["张伟", "李娜"], paper.Authors.Skip(paper.Authors.Count - 2));
    }

    [Fact]
    public void A_title_line_of_50000_comma_separated_capitalised_words_reads_in_linear_time()
    {
        var result = TimedParse(Entry("A Title" + string.Concat(Enumerable.Repeat("Ab,Cd", 50_000))));

        Assert.Single(result.Papers);
    }

    [Fact]
    public void An_abstract_with_a_url_followed_by_a_million_closing_brackets_reads_in_linear_time()
    {
        var result = TimedParse(Entry("A TitleAlice Smith", "see https://a" + new string(')', 1_000_000) + " and (https://b.org/x_(y)))."));

        var paper = Assert.Single(result.Papers);
        Assert.Equal(["https://a", "https://b.org/x_(y)"], paper.Links);
    }

    [Fact]
    public void Twenty_thousand_entries_with_the_same_key_get_suffixes_in_linear_time()
    {
        var result = TimedParse(string.Concat(Enumerable.Repeat(Entry("A Good TitleAlice Smith"), 20_000)));

        var ids = result.Papers.Select(p => p.Id).ToList();
        Assert.Equal(20_000, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["smith2024good", "smith2024goodb", "smith2024goodc"], ids.Take(3));
        Assert.Equal("smith2024goodz", ids[25]);
        Assert.Equal(["smith2024good_27", "smith2024good_28"], ids.Skip(26).Take(2));
        Assert.Equal("smith2024good_20000", ids[^1]);
    }

    [Fact]
    public void A_duplicate_key_never_takes_a_real_key_that_already_ends_in_a_letter()
    {
        var result = TimedParse(Entry("A Good TitleAlice Smith") + Entry("A Good TitleAlice Smith")
            + Entry("A GoodB TitleAlice Smith") + Entry("A Good TitleAlice Smith") + Entry("A GoodB TitleAlice Smith"));

        Assert.Equal(["smith2024good", "smith2024goodb", "smith2024goodbb", "smith2024goodc", "smith2024goodbc"], result.Papers.Select(p => p.Id));
    }

    [Fact]
    public void A_million_meta_lines_and_nothing_else_read_in_seconds_with_diagnostics_capped()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) text.Append("CLJul 4, 2024\n");

        var result = TimedParse(text.ToString());

        Assert.Empty(result.Papers);
        Assert.Equal(100, result.Diagnostics.Count);
        Assert.Equal(Enumerable.Range(1, 100), result.Diagnostics.Select(d => d.Line));
        var omitted = Assert.Single(result.Omitted);
        Assert.Equal(new DiagnosticCount(DiagnosticCodes.IncompleteEntry, DiagnosticSeverity.Error, 1_000_000 - 100), omitted);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_million_stray_lines_read_in_seconds_as_one_diagnostic()
    {
        var result = TimedParse(string.Concat(Enumerable.Repeat("stray words here\n", 1_000_000)));

        var stray = Assert.Single(result.Diagnostics);
        Assert.Contains("lines 1-1000000", stray.Message);
    }
}
