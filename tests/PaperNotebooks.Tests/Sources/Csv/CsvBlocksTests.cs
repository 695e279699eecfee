using System.Text;
using PaperNotebooks.Export;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.Csv;

namespace PaperNotebooks.Tests.Sources.Csv;

/// <summary>A CSV export read in blocks of lines on all cores gives what one pass over it gives.</summary>
public sealed class CsvBlocksTests
{
    private static ListingParseResult Read(byte[] bytes, int blockSize) => PartsEquivalence.Read(CsvPaperSource.Instance, "papers.csv", bytes, blockSize);

    private static unsafe ListingParseResult ReadInOnePass(byte[] bytes) => PartsEquivalence.ReadInOnePass(CsvPaperSource.ReadInOnePass, "papers.csv", bytes);

    [Fact]
    public void Blocks_read_on_all_cores_give_what_one_pass_gives_on_exports_good_bad_and_mangled()
    {
        var random = new Random(2028);
        string export = PaperExport.ToString(TestPapers.Seed.Take(15).ToList(), ExportFormat.Csv);
        const string Alphabet = ",\"\n\r a1é-";
        for (int round = 0; round < 400; round++)
        {
            var text = new StringBuilder(round % 3 == 0 ? export.Replace("\n", "\r\n") : export);
            if (round % 4 == 1)
            {
                // A line break inside a quoted field, where a block may be cut.
                int quote = export.IndexOf(",\"", random.Next(export.Length / 2), StringComparison.Ordinal);
                if (quote > 0) text.Insert(quote + 3, "line\nbreak ");
            }
            if (round % 6 == 2) text.Append('\n');
            if (round % 5 != 0) PartsEquivalence.Mangle(text, random, Alphabet, random.Next(1, 4), longestCut: 7);
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            PartsEquivalence.AssertPartsGive(ReadInOnePass(bytes), bytes, [64, 900, 1 << 20], Read, $"round {round}");
        }
    }

    [Fact]
    public void A_clean_export_read_in_blocks_keeps_every_paper_in_order()
    {
        var papers = TestPapers.Seed.ToList();
        var bytes = Encoding.UTF8.GetBytes(PaperExport.ToString(papers, ExportFormat.Csv));

        var blocks = Read(bytes, blockSize: 512);

        Assert.Empty(blocks.Diagnostics);
        Assert.Equal(ReadInOnePass(bytes).Papers, blocks.Papers);
        Assert.Equal(papers.Select(p => p.Title), blocks.Papers.Select(p => p.Title));
    }
}
