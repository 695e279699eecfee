using PaperNotebooks.Analytics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class DiagnosticCapTests
{
    private static string ManyProblems(int entries)
    {
        var text = new StringBuilder();
        for (int i = 0; i < entries; i++)
        {
            text.Append((i % 3) switch
            {
                0 => $"ZZJan {i % 28 + 1}, 2020\nTitle {i}Author Person\nAbstract.\n",
                1 => "CLFeb 31, 2024\nBroken TitleDan Brown\nIts abstract.\n",
                _ => "CVJan 2, 2022\n",
            });
        }
        return text.ToString();
    }

    [Fact]
    public void Past_the_cap_diagnostics_are_counted_per_code_and_severity_and_the_first_ones_kept_in_line_order()
    {
        var options = new ListingReadOptions { AsOf = TestFiles.AsOf, MaxDiagnostics = 10 };
        var all = PaperListingReader.Parse(ManyProblems(300), options with { MaxDiagnostics = int.MaxValue });

        var capped = PaperListingReader.Parse(ManyProblems(300), options);

        Assert.Equal(all.Diagnostics.Take(10), capped.Diagnostics);
        var expected = all.Diagnostics.Skip(10).GroupBy(d => (d.Code, d.Severity))
            .Select(g => new DiagnosticCount(g.Key.Code, g.Key.Severity, g.Count())).OrderBy(c => c.Code).ToList();
        Assert.Equal(expected, capped.Omitted.OrderBy(c => c.Code).ToList());
        Assert.Equal(all.Papers.ToList(), capped.Papers.ToList());
    }

    [Fact]
    public void The_cap_gives_the_same_diagnostics_and_counts_whatever_the_blocks()
    {
        var options = new ListingReadOptions { AsOf = TestFiles.AsOf, MaxDiagnostics = 7 };
        var bytes = Encoding.UTF8.GetBytes(ManyProblems(500));
        var sequential = PaperListingReader.Parse(bytes, options, "l.txt", blockSize: int.MaxValue);

        foreach (int blockSize in new[] { 1, 50, 333, 4096 })
        {
            var blocks = PaperListingReader.Parse(bytes, options, "l.txt", blockSize);
            Assert.Equal(sequential.Diagnostics, blocks.Diagnostics);
            Assert.Equal(sequential.Omitted, blocks.Omitted);
        }
    }

    [Fact]
    public void Statistics_honour_the_cap_too()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.Write("l.txt", ManyProblems(300));

        var result = ListingStatistics.ReadFile(path, new ListingReadOptions { AsOf = TestFiles.AsOf, MaxDiagnostics = 5 });

        Assert.Equal(5, result.Diagnostics.Count);
        Assert.Equal(300 - 5, result.Omitted.Sum(c => c.Count));
    }

    [Fact]
    public void A_cap_of_zero_keeps_none_and_counts_all()
    {
        var result = PaperListingReader.Parse("CVJan 2, 2022\n", new ListingReadOptions { AsOf = TestFiles.AsOf, MaxDiagnostics = 0 });

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new DiagnosticCount(DiagnosticCodes.IncompleteEntry, DiagnosticSeverity.Error, 1)], result.Omitted);
        Assert.True(result.HasErrors);
    }
}
