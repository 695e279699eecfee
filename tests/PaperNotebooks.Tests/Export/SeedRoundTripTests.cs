using PaperNotebooks.Export;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Export;

public sealed class SeedRoundTripTests
{
    private static PaperNotebooks.Model.PaperCollection Seed => TestPapers.Seed;

    [Fact]
    public void The_seed_papers_read_back_equal_from_json()
    {
        var back = PaperExport.ReadJson(new StringReader(PaperExport.ToString(Seed, ExportFormat.Json)));

        Assert.Equal(Seed, back);
    }

    [Fact]
    public void The_seed_papers_read_back_equal_from_csv()
    {
        var back = PaperExport.ReadCsv(new StringReader(PaperExport.ToString(Seed, ExportFormat.Csv)));

        Assert.Equal(Seed, back);
    }
}
