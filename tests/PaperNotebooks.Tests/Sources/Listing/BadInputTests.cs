using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class BadInputTests
{
    private static readonly ListingReadOptions Options = SampleListings.Options;

    private const string Good1 = SampleListings.Good;
    private const string Good2 = "LGMar 3, 2023\nAnother Good TitleCarol White\nAnother abstract.\n";

    private static ListingParseResult Parse(string text) => PaperListingReader.Parse(text, Options, "list.txt");

    [Fact]
    public void Lines_before_the_first_entry_are_one_error_naming_their_lines_and_every_paper_still_loads()
    {
        var result = Parse("some preface\nmore preface\n" + Good1 + Good2);

        Assert.Equal(2, result.Papers.Count);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.StrayLine, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(1, error.Line);
        Assert.Contains("lines 1-2", error.Message);
        Assert.StartsWith("list.txt:1: error PN001: ", error.ToString());
    }

    [Fact]
    public void A_fourth_line_in_an_entry_belongs_to_no_entry()
    {
        var result = Parse(Good1 + "a stray line\n" + Good2);

        Assert.Equal(2, result.Papers.Count);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.StrayLine, 4), (error.Code, error.Line));
    }

    [Theory]
    [InlineData("Feb 31, 2024")]
    [InlineData("Apr 31, 2021")]
    [InlineData("Feb 29, 2023")]
    [InlineData("Jan 0, 2024")]
    public void A_meta_line_with_an_impossible_date_is_an_error_and_the_next_entry_still_loads(string date)
    {
        var result = Parse(Good1 + $"CL{date}\nBroken TitleDan Brown\nIts abstract.\n" + Good2);

        Assert.Equal(["A Good Title", "Another Good Title"], result.Papers.Select(p => p.Title));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ImpossibleDate, DiagnosticSeverity.Error, 4), (error.Code, error.Severity, error.Line));
        Assert.Contains(date, error.Message);
    }

    [Fact]
    public void An_entry_cut_off_at_the_end_of_the_file_is_an_error_naming_its_line()
    {
        var result = Parse(Good1 + Good2 + "CVJan 2, 2022\nA Title Without AbstractEve Adams");

        Assert.Equal(2, result.Papers.Count);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.IncompleteEntry, 7), (error.Code, error.Line));
        Assert.Contains("end of the file", error.Message);
    }

    [Fact]
    public void An_entry_cut_off_by_the_next_entry_is_an_error_and_the_next_entry_loads()
    {
        var result = Parse("CVJan 2, 2022\n" + Good1);

        Assert.Equal(["A Good Title"], result.Papers.Select(p => p.Title));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.IncompleteEntry, 1), (error.Code, error.Line));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Bom_crlf_trailing_spaces_blank_lines_and_no_final_newline_read_the_same()
    {
        var plain = Parse(Good1 + Good2);
        string messy = "\uFEFF" + (Good1 + "\n\n" + Good2).Replace("\n", "  \r\n").TrimEnd('\r', '\n', ' ');

        var result = Parse(messy);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(plain.Papers.Select(p => p with { Line = 0 }), result.Papers.Select(p => p with { Line = 0 }));
        Assert.Equal([1, 6], result.Papers.Select(p => p.Line));
    }

    [Fact]
    public void A_line_of_invalid_utf8_is_an_error_and_loses_only_its_entry()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(Good1 + "DBMay 5, 2020\nBad Bytes TitleFay Green\n"));
        bytes.AddRange([0x41, 0xC3, 0x28, 0xFF, 0x0A]);
        bytes.AddRange(Encoding.UTF8.GetBytes(Good2));

        var result = PaperListingReader.Parse(bytes.ToArray(), Options, "list.txt");

        Assert.Equal(["A Good Title", "Another Good Title"], result.Papers.Select(p => p.Title));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidUtf8, 6), (error.Code, error.Line));
    }

    [Fact]
    public void A_binary_file_is_one_error_and_no_papers()
    {
        using var folder = new ScratchFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        string path = folder.Write("image.png", bytes);

        var result = PaperListingReader.ReadFile(path, Options);

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BinaryFile, error.Code);
        Assert.Equal(path, error.Source);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_naming_the_path_not_an_exception()
    {
        var result = PaperListingReader.ReadFile("/no/such/listing.txt", Options);

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Unreadable, error.Code);
        Assert.Equal("/no/such/listing.txt: error PN009: '/no/such/listing.txt': no such file", error.ToString());
    }

    [Fact]
    public void An_unknown_category_is_kept_as_written_with_a_warning()
    {
        var result = Parse("ZZJan 2, 2022\nSome TitleGil Hart\nAn abstract.\n");

        var paper = Assert.Single(result.Papers);
        Assert.Equal("ZZ", paper.Category);
        Assert.Null(paper.CategoryName);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownCategory, DiagnosticSeverity.Warning, 1), (warning.Code, warning.Severity, warning.Line));
    }

    [Fact]
    public void A_title_line_without_authors_keeps_the_paper_with_a_warning()
    {
        var result = Parse("ROJan 2, 2022\nall lower case and no author here\nAn abstract.\n");

        var paper = Assert.Single(result.Papers);
        Assert.Empty(paper.Authors);
        Assert.Equal((DiagnosticCodes.NoAuthors, 2), (result.Diagnostics[0].Code, result.Diagnostics[0].Line));
    }

    [Fact]
    public void An_empty_listing_has_no_papers_and_no_errors()
    {
        Assert.Empty(Parse("").Papers);
        Assert.Empty(Parse("\n\n  \n").Diagnostics);
    }

    [Fact]
    public void Line_numbers_stay_exact_when_a_large_listing_is_read_in_many_blocks()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            if (i % 500 == 250) text.Append("stray line\n");
            text.Append($"LGMar {i % 28 + 1}, 2020\nTitle Number {i}Author Person{i % 7}, Second Author\n{new string('x', 3000)} abstract {i}.\n\n");
        }
        using var folder = new ScratchFolder();
        string path = folder.Write("big.txt", text.ToString());
        Assert.True(new FileInfo(path).Length > 8 << 20, "the listing must span several blocks");

        var result = PaperListingReader.ReadFile(path, Options);

        Assert.Equal(3000, result.Papers.Count);
        int expectedLine = 1;
        for (int i = 0; i < 3000; i++)
        {
            if (i % 500 == 250) expectedLine++;
            Assert.Equal(expectedLine, result.Papers[i].Line);
            Assert.Equal($"Title Number {i}", result.Papers[i].Title);
            expectedLine += 4;
        }
        Assert.Equal(6, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.StrayLine, d.Code));
        Assert.Equal(250 * 4 + 1, result.Diagnostics[0].Line);
    }

    [Fact]
    public void Ids_are_unique_when_two_papers_would_share_a_key()
    {
        var result = Parse(Good1 + Good1.Replace("An abstract", "Second abstract") + Good1);

        Assert.Equal(["smith2024good", "smith2024goodb", "smith2024goodc"], result.Papers.Select(p => p.Id));
    }
}
