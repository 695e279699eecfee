using System.Text;
using CsCheck;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Text;

namespace PaperNotebooks.Tests.Sources.Listing;

/// <summary>Generated listings, valid and broken, read sequentially and in blocks of random size.</summary>
public sealed class ListingPropertyTests
{
    private static readonly ListingReadOptions Options = new() { AsOf = ListingGrammar.AsOf, MaxDiagnostics = int.MaxValue };

    private static readonly string[] Fixtures =
    [
        "some preface\nmore preface\nCLJul 4, 2024Code\nA Good TitleAlice Smith, Bob Jones\nAn abstract.\n",
        "CLJul 4, 2024Code\nA Good TitleAlice Smith\nAn abstract.\na stray line\nLGMar 3, 2023\nAnother Good TitleCarol White\nAbstract.\n",
        "CLFeb 31, 2024\nBroken TitleDan Brown\nIts abstract.\nCVJan 2, 2022\nA Title Without AbstractEve Adams",
        "CVJan 2, 2022\nCLJul 4, 2024Code\nA Good TitleAlice Smith\nAn abstract.\nZZJan 2, 2022\nSome TitleGil Hart\nAn abstract.\n",
        "\uFEFFCLJul 4, 2024Code  \r\nA Good TitleAlice Smith\r\n\r\n\r\nAn abstract.\rROJan 2, 2022\rall lower case and no author here\rAbstract.",
    ];

    private static void AssertSameReading(byte[] bytes, int blockSize, int maxDiagnostics)
    {
        var options = Options with { MaxDiagnostics = maxDiagnostics };
        var sequential = PaperListingReader.Parse(bytes, options, "l.txt", blockSize: int.MaxValue);
        var blocks = PaperListingReader.Parse(bytes, options, "l.txt", blockSize);

        Assert.Equal(sequential.Papers.ToList(), blocks.Papers.ToList());
        Assert.Equal(sequential.Diagnostics, blocks.Diagnostics);
        Assert.Equal(sequential.Omitted, blocks.Omitted);
    }

    [Fact]
    public void The_seed_reads_the_same_in_blocks_of_any_size()
    {
        var seed = File.ReadAllBytes(TestFiles.Seed);
        Gen.Select(Gen.Int[1, seed.Length], Gen.Int[0, 5]).Sample((blockSize, cap) => AssertSameReading(seed, blockSize, cap), iter: 60);
    }

    [Fact]
    public void The_malformed_fixtures_read_the_same_in_blocks_of_any_size()
    {
        Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Int[1, 200], Gen.Int[0, 3]).Sample((fixture, blockSize, cap) =>
            AssertSameReading(Encoding.UTF8.GetBytes(Fixtures[fixture]), blockSize, cap), iter: 300);
    }

    [Fact]
    public void Generated_listings_read_every_valid_entry_report_every_broken_one_and_read_the_same_in_blocks()
    {
        var listings = Gen.Select(ListingGrammar.Pieces, Gen.OneOf("\n", "\r\n", "\r"), Gen.Bool, Gen.Int[1, 4000]);
        listings.Sample((pieces, lineEnd, blankLines, blockSize) =>
        {
            var bytes = ListingGrammar.Join(pieces, lineEnd, blankLines);

            var result = PaperListingReader.Parse(bytes, Options, "l.txt");

            var expected = pieces.Where(p => p.Paper is not null).Select(p => p.Paper!).ToList();
            Assert.Equal(expected.Count, result.Papers.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                var (paper, want) = (result.Papers[i], expected[i]);
                Assert.Equal(want.Title, paper.Title);
                Assert.Equal(want.Authors, paper.Authors);
                Assert.Equal(want.Truncated, paper.AuthorsTruncated);
                Assert.Equal(want.Affiliations, paper.Affiliations);
                Assert.Equal(want.Category, paper.Category);
                Assert.Equal(want.Published, paper.Published);
                Assert.Equal(want.HasCode, paper.HasCode);
            }
            var errorCodes = pieces.Select(p => p.ErrorCode).OfType<string>().Order().ToList();
            Assert.Equal(errorCodes, result.Errors.Select(d => d.Code).Order().ToList());
            Assert.Equal(errorCodes.Count > 0, result.HasErrors);

            AssertSameReading(bytes, blockSize, maxDiagnostics: blockSize % 7);
        }, iter: 300, print: t => Excerpt.Of(Encoding.UTF8.GetString(ListingGrammar.Join(t.Item1, t.Item2, t.Item3)), 3000) + $"\nblock size {t.Item4}");
    }

    [Fact]
    public void A_listing_with_a_nul_byte_near_its_start_is_binary_and_nothing_else()
    {
        Gen.Select(ListingGrammar.Pieces, Gen.Int[0, 100]).Sample((pieces, at) =>
        {
            var bytes = ListingGrammar.Join(pieces, "\n", false).ToList();
            bytes.Insert(Math.Min(at, bytes.Count), 0);

            var result = PaperListingReader.Parse(bytes.ToArray(), Options, "l.txt");

            Assert.Empty(result.Papers);
            Assert.Equal(DiagnosticCodes.BinaryFile, Assert.Single(result.Diagnostics).Code);
        }, iter: 50);
    }
}
