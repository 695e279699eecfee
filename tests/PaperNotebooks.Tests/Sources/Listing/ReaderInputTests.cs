using PaperNotebooks.Analytics;
using System.Diagnostics;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Tests.Sources.Listing;

public sealed class ReaderInputTests
{
    private static readonly ListingReadOptions Options = SampleListings.Options;

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/proc/self/status")]
    public void A_device_or_kernel_file_is_one_PN009_naming_it_and_no_papers(string path)
    {
        var result = PaperListingReader.ReadFile(path, Options);
        var statistics = ListingStatistics.ReadFile(path, Options);

        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.Unreadable, DiagnosticSeverity.Error, 0), (error.Code, error.Severity, error.Line));
        Assert.StartsWith($"'{path}' is not a regular file", error.Message);
        Assert.Equal(error, Assert.Single(statistics.Diagnostics));
    }

    [Fact]
    public async Task A_fifo_is_refused_before_it_is_opened_so_reading_never_blocks()
    {
        using var scratch = new ScratchFolder();
        string fifo = Path.Combine(scratch.Path, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var result = await Task.Run(() => PaperListingReader.ReadFile(fifo, Options)).WaitAsync(TimeSpan.FromSeconds(10));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"'{fifo}' is not a regular file", error.Message);
        Assert.Equal(DiagnosticCodes.Unreadable, error.Code);
    }

    [Fact]
    public void A_folder_is_one_PN009_naming_it()
    {
        using var scratch = new ScratchFolder();

        var error = Assert.Single(PaperListingReader.ReadFile(scratch.Path, Options).Diagnostics);

        Assert.Equal($"'{scratch.Path}' is a folder, not a file", error.Message);
    }

    [Fact]
    public void A_stream_that_cannot_seek_reads_like_the_file_itself()
    {
        var fromFile = PaperListingReader.ReadFile(TestFiles.Seed, Options);
        using var stream = new ForwardOnlyStream(File.ReadAllBytes(TestFiles.Seed));

        var fromStream = PaperListingReader.Read(stream, Options, "-");

        Assert.Equal(fromFile.Papers.WithoutSource(), fromStream.Papers.WithoutSource());
        Assert.Equal(fromFile.Diagnostics.Select(d => d with { Source = "-" }), fromStream.Diagnostics);
    }

    [Fact]
    public void Statistics_from_a_stream_that_cannot_seek_match_those_of_the_file()
    {
        var fromFile = ListingStatistics.ReadFile(TestFiles.Seed, Options);
        using var stream = new ForwardOnlyStream(File.ReadAllBytes(TestFiles.Seed));

        var fromStream = ListingStatistics.Read(stream, Options, "-");

        Assert.Equal(fromFile.Statistics.PaperCount, fromStream.Statistics.PaperCount);
        Assert.Equal(fromFile.Statistics.PerYear, fromStream.Statistics.PerYear);
        Assert.Equal(fromFile.Diagnostics.Count, fromStream.Diagnostics.Count);
    }

    [Fact]
    public void A_stream_of_binary_bytes_is_one_PN005()
    {
        using var stream = new ForwardOnlyStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x0A]);

        var result = PaperListingReader.Read(stream, Options, "-");

        Assert.Equal(DiagnosticCodes.BinaryFile, Assert.Single(result.Diagnostics).Code);
    }

    /// <summary>Standard input as the CLI sees it: read forward only, length unknown.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException("Stream does not support seeking");
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
