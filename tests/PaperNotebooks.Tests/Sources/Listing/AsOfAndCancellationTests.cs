using System.Diagnostics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class AsOfAndCancellationTests
{
    private const string Yearless = "CLMar 18\nA TitleAlice Smith\nAn abstract.\nCLJan 1\nB TitleBob Jones\nAbstract.\n";
    private const string WithYear = "CLJul 4, 2024\nC TitleCarol White\nAbstract.\n";

    [Fact]
    public void An_as_of_date_too_early_for_yearless_dates_is_one_error_for_the_file_not_one_per_entry()
    {
        var result = PaperListingReader.Parse(Yearless + WithYear + Yearless, new ListingReadOptions { AsOf = new DateOnly(1, 1, 1) });

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.AsOfOutOfRange, error.Code);
        Assert.True(error.Message.Contains("0001-01-01"), error.Message);
        Assert.DoesNotContain("is not a date", error.Message);
        Assert.Contains("('Mar 18', line 1)", error.Message);
        Assert.Contains("2 entries", error.Message);
        Assert.Equal(["B Title", "C Title", "B Title"], result.Papers.Select(p => p.Title));
    }

    [Fact]
    public void An_as_of_date_on_the_last_day_of_the_calendar_reads_every_entry()
    {
        var result = PaperListingReader.Parse(Yearless + WithYear, new ListingReadOptions { AsOf = DateOnly.MaxValue });

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new DateOnly(9999, 3, 18), new DateOnly(9999, 1, 1), new DateOnly(2024, 7, 4)], result.Papers.Select(p => p.Published));
    }

    [Fact]
    public void An_as_of_date_in_year_1_still_places_dates_on_or_before_it()
    {
        var result = PaperListingReader.Parse("CLJan 1\nA TitleAlice Smith\nAn abstract.\n", new ListingReadOptions { AsOf = new DateOnly(1, 1, 1) });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new DateOnly(1, 1, 1), Assert.Single(result.Papers).Published);
    }

    [Fact]
    public void A_cancelled_token_stops_a_large_read_quickly()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) text.Append($"LGMar {i % 28 + 1}, 2020\nTitle Number {i}Author Person\nAbstract {i}.\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var stopwatch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PaperListingReader.Parse(bytes, new ListingReadOptions { CancellationToken = cancel.Token }, "l.txt", blockSize: 1 << 20));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed.TotalSeconds:N1} s");
    }

    [Fact]
    public void A_token_cancelled_during_a_single_block_read_stops_it()
    {
        var text = new StringBuilder();
        // Enough papers that the reader, however fast, is still reading when the token is cancelled.
        for (int i = 0; i < 1_200_000; i++) text.Append($"LGMar {i % 28 + 1}, 2020\nTitle Number {i}Author Person\nAbstract {i}.\n");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var stopwatch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PaperListingReader.Parse(text.ToString(), new ListingReadOptions { CancellationToken = cancel.Token }));
        // The exception shows the read stopped before its end; the bound only catches a hang, since a loaded CI machine
        // (2 cores shared with other test processes) can take seconds for what takes a fraction of one alone.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed.TotalSeconds:N1} s");
    }

    [Fact]
    public void A_token_cancelled_while_reading_a_stream_stops_it()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            PaperListingReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(WithYear)), new ListingReadOptions { CancellationToken = cancel.Token }));
    }
}
