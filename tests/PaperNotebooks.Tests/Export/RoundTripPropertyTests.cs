using CsCheck;
using PaperNotebooks.Export;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Tests.Sources.Listing;

namespace PaperNotebooks.Tests.Export;

/// <summary>
/// Our CSV and JSON exports are sources too: whatever papers are exported read back equal, for papers from any source
/// (generated with every field; a paper read from a file always has a source) and for papers read from generated listings (listing, export, load).
/// </summary>
public sealed class RoundTripPropertyTests
{
    // Text is Unicode: a lone surrogate has no UTF-8 form, so no file of any format can hold it.
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String.Where(text => !text.Any(char.IsSurrogate)),
        Gen.String[Gen.Char["a-zA-Z0-9 ,;\"'=+-@\t\r\nüéßøç李"], 0, 60],
        Gen.Const("🚀 \"quoted\"\r\nline, two"),
        Gen.Const(""));

    private static readonly Gen<string> SomeText = Gen.String[Gen.Char["a-zA-Z0-9 ,\"'=+-@üéßøç李"], 1, 40]
        .Where(text => text.Trim().Length == text.Length && text.Length > 0);

    // Lists are '; '-joined in CSV, so a list item holds no ';' and no edge spaces: the format's documented limit.
    private static readonly Gen<string> Item = Gen.String[Gen.Char["a-zA-Z .,'-üéßøç李"], 1, 30]
        .Where(text => text.Trim().Length == text.Length && text.Length > 0);

    private static readonly Gen<string> Code = Gen.OneOf(Gen.Const("cs.CL"), Gen.Const("hep-th"), Gen.Const("XY"), Gen.Const("Computer Vision"));

    private static readonly Gen<DateOnly> Date = Gen.Date[new DateTime(1900, 1, 1), new DateTime(2030, 12, 31)].Select(DateOnly.FromDateTime);

    private static Gen<T?> Optional<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> Nullable<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(v => (T?)v)));

    private static readonly Gen<Paper> Papers =
        Gen.Select(
            Gen.Select(SomeText, AnyText, Item.List[0, 5], Gen.Bool, Item.List[0, 3], Code, Optional(SomeText), Date),
            Gen.Select(Gen.Bool, Gen.Bool, Optional(SomeText), Nullable(Gen.Double.Unit), AnyText, Gen.Int[0, 1_000_000]),
            Gen.Select(Optional(SomeText), Optional(SomeText), Optional(SomeText), Optional(SomeText), Code.List[0, 3], Nullable(Date), SomeText))
        .Select((a, b, c) => new Paper
        {
            Id = a.Item1, Title = a.Item2, Authors = a.Item3, AuthorsTruncated = a.Item4, Affiliations = a.Item5,
            Category = a.Item6, CategoryName = a.Item7, Published = a.Item8,
            YearInferred = b.Item1, HasCode = b.Item2, CodeUrl = b.Item3, Score = b.Item4, Abstract = b.Item5, Line = b.Item6,
            ArxivId = c.Item1, Doi = c.Item2, Url = c.Item3, Venue = c.Item4, Categories = c.Item5, Updated = c.Item6, Source = c.Item7,
        });

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    public void Any_papers_exported_read_back_equal(ExportFormat format)
    {
        // Ids are unique in a collection (ignoring case), as every reader makes them.
        Papers.List[0, 6].Select(list => list.Select((paper, i) => paper with { Id = $"{i}-{paper.Id}" }).ToList()).Sample(papers =>
        {
            var text = PaperExport.ToString(papers, format);

            var read = format == ExportFormat.Json ? PaperExport.ReadJson(new StringReader(text)) : PaperExport.ReadCsv(new StringReader(text));

            Assert.Equal(papers, read.ToList());
        }, iter: 300);
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    public void Papers_read_from_a_generated_listing_exported_and_loaded_are_the_papers_read(ExportFormat format)
    {
        var options = new ListingReadOptions { AsOf = ListingGrammar.AsOf };
        Gen.Select(ListingGrammar.Pieces, Gen.Bool).Sample((pieces, blankLines) =>
        {
            var listing = PaperListingReader.Parse(ListingGrammar.Join(pieces, "\n", blankLines), options, "generated.txt").Papers.ToList();
            var text = PaperExport.ToString(listing, format);

            var read = format == ExportFormat.Json ? PaperExport.ReadJson(new StringReader(text)) : PaperExport.ReadCsv(new StringReader(text));

            Assert.Equal(listing, read.ToList());
        }, iter: 200);
    }
}
