using System.Text.Json;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class SeedListingTests
{
    private static readonly ListingParseResult Result = PaperListingReader.ReadFile(TestFiles.Seed, new ListingReadOptions { AsOf = TestFiles.AsOf });

    public static TheoryData<int> PaperIndexes() => [.. Enumerable.Range(0, 18)];

    [Fact]
    public void The_seed_listing_gives_all_eighteen_papers_without_any_diagnostic()
    {
        Assert.Equal(18, Result.Papers.Count);
        Assert.Empty(Result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(PaperIndexes))]
    public void Every_field_of_every_seed_paper_is_right(int index)
    {
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(TestFiles.Spec("seed-expected.json")));
        var expected = expectedJson.RootElement[index];
        var paper = Result.Papers[index];

        Assert.Equal(expected.GetProperty("id").GetString(), paper.Id);
        Assert.Equal(expected.GetProperty("title").GetString(), paper.Title);
        Assert.Equal(Strings(expected.GetProperty("authors")), paper.Authors);
        Assert.Equal(expected.GetProperty("authorsTruncated").GetBoolean(), paper.AuthorsTruncated);
        Assert.Equal(Strings(expected.GetProperty("affiliations")), paper.Affiliations);
        Assert.Equal(expected.GetProperty("category").GetString(), paper.Category);
        Assert.Equal(expected.GetProperty("categoryName").GetString(), paper.CategoryName);
        Assert.Equal(DateOnly.Parse(expected.GetProperty("published").GetString()!), paper.Published);
        Assert.Equal(expected.GetProperty("yearInferred").GetBoolean(), paper.YearInferred);
        Assert.Equal(expected.GetProperty("hasCode").GetBoolean(), paper.HasCode);
        Assert.Equal(expected.GetProperty("codeUrl").GetString(), paper.CodeUrl);
        Assert.Equal(Strings(expected.GetProperty("links")), paper.Links);
        Assert.Equal(expected.GetProperty("score").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("score").GetDouble(), paper.Score);
        Assert.Equal(expected.GetProperty("abstract").GetString(), paper.Abstract);
        Assert.Equal(expected.GetProperty("line").GetInt32(), paper.Line);
    }

    [Fact]
    public void Seed_papers_carry_the_fields_a_reader_checks_by_eye()
    {
        var grin = Result.Papers["liu2024grin"];
        Assert.Equal("GRIN: GRadient-INformed MoE", grin.Title);
        Assert.Equal(["Liyuan Liu", "Young Jin Kim", "Shuohang Wang"], grin.Authors);
        Assert.Equal(["microsoft-research"], grin.Affiliations);

        var llmjp = Result.Papers[0];
        Assert.EndsWith("Fully Open Japanese LLMs", llmjp.Title);
        Assert.Equal("LLM-jp", llmjp.FirstAuthor);

        var mac = Result.Papers.Single(p => p.Title.StartsWith("MAC-Attention", StringComparison.Ordinal));
        Assert.Equal(89.2, mac.Score);
        Assert.True(mac.YearInferred);
        Assert.Equal(new DateOnly(2026, 3, 31), mac.Published);
        Assert.Equal("https://github.com/YJHMITWEB/MAC-Attention.git", mac.CodeUrl);
        Assert.Equal("Sam Adé Jacobs", mac.Authors[1]);

        var kernel = Result.Papers["tanaka2025estimating"];
        Assert.Equal(["Masahiro Tanaka"], kernel.Authors);
        Assert.False(kernel.AuthorsTruncated);
        Assert.Equal("stat.ML", kernel.Category);

        Assert.Equal("cs.PF", Result.Papers["holmes2024deepspeed"].Category);
        Assert.Equal("Performance", Result.Papers["holmes2024deepspeed"].CategoryName);
        Assert.Equal("tanaka2021automatic", Result.Papers[^1].Id);
    }

    [Fact]
    public void The_seed_reads_the_same_from_a_string_as_from_the_file()
    {
        var fromText = PaperListingReader.Parse(File.ReadAllText(TestFiles.Seed), new ListingReadOptions { AsOf = TestFiles.AsOf });

        Assert.Equal(Result.Papers.WithoutSource(), fromText.Papers.WithoutSource());
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
