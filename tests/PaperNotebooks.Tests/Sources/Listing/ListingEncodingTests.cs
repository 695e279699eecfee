using PaperNotebooks.Analytics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class ListingEncodingTests
{
    private static readonly ListingReadOptions Options = SampleListings.Options;

    private const string Listing =
        "stray preface\nCLJul 4, 2024Code\nA Good TitleAlice Smith, Bob Jones\nAn abstract with https://github.com/a/b.\n\n"
        + "LGMar 3, 2023\nÜber Große Modelle: 深度学习Carol White, 张伟\nAnother abstract.\nCVJan 2, 2022\nCut Off TitleEve Adams\n";

    public static TheoryData<string> Encodings() => ["utf-16le", "utf-16be", "utf-32le", "utf-32be"];

    private static Encoding Named(string name) => name switch
    {
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
    };

    private static byte[] Encode(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_in_utf16_or_utf32_with_a_byte_order_mark_reads_like_utf8(string encoding)
    {
        var expected = PaperListingReader.Parse(Listing, Options, "l.txt");
        using var scratch = new ScratchFolder();
        string path = scratch.Write("l.txt", Encode(Listing, Named(encoding)));

        var result = PaperListingReader.ReadFile(path, Options);

        Assert.Equal(2, result.Papers.Count);
        Assert.Equal(expected.Papers.WithoutSource(), result.Papers.WithoutSource());
        Assert.Equal(expected.Diagnostics.Select(d => d with { Source = path }), result.Diagnostics);
        Assert.Equal(expected.Diagnostics.Count, ListingStatistics.ReadFile(path, Options).Diagnostics.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_binary_but_named_as_utf16(bool bigEndian)
    {
        var result = PaperListingReader.Parse(new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Listing), Options, "l.txt");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BinaryFile, error.Code);
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void Cr_only_line_endings_read_like_lf_with_the_same_line_numbers()
    {
        var expected = PaperListingReader.Parse(Listing, Options, "l.txt");

        var result = PaperListingReader.Parse(Listing.Replace("\n", "\r"), Options, "l.txt");

        Assert.Equal(expected.Papers.ToList(), result.Papers.ToList());
        Assert.Equal(expected.Diagnostics, result.Diagnostics);
        Assert.Equal([1, 9], result.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Cr_crlf_and_lf_mixed_in_one_file_count_one_line_each()
    {
        var expected = PaperListingReader.Parse(Listing, Options, "l.txt");
        var mixed = new StringBuilder();
        string[] endings = ["\r", "\r\n", "\n"];
        int k = 0;
        foreach (var line in Listing.Split('\n')[..^1]) mixed.Append(line).Append(endings[k++ % 3]);

        var result = PaperListingReader.Parse(mixed.ToString(), Options, "l.txt");

        Assert.Equal(expected.Papers.ToList(), result.Papers.ToList());
        Assert.Equal(expected.Diagnostics, result.Diagnostics);
    }

    [Fact]
    public void Cr_only_line_endings_keep_line_numbers_exact_across_blocks()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 200; i++) text.Append($"LGMar {i % 28 + 1}, 2020\rTitle {i}Author Person\rAbstract {i}.\r\r");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        var result = PaperListingReader.Parse(bytes, Options, "l.txt", blockSize: 97);

        Assert.Equal(200, result.Papers.Count);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => 1 + 4 * i), result.Papers.Select(p => p.Line));
    }
}
