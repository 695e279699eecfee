using System.Diagnostics;
using System.Text.Json;
using PaperNotebooks.Cli.Commands;
using PaperNotebooks.Listing;
using PaperNotebooks.Sources;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

/// <summary>What papernb parse and stats read (files, standard input, never a FIFO or a device) and what parse
/// writes (never its input, never an existing file unasked).</summary>
public sealed class ParseInputOutputTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Parse_refuses_to_write_over_the_listing_it_reads_even_with_force()
    {
        string listing = _folder.Write("l.txt", File.ReadAllText(TestFiles.Seed));

        var (exitCode, _, stderr) = Run("parse", listing, "--to", "csv", "-o", listing, "--force");

        Assert.Equal(2, exitCode);
        Assert.Equal($"papernb: --output: '{listing}' is the file being read; write to another file{Environment.NewLine}", stderr);
        Assert.Equal(File.ReadAllText(TestFiles.Seed), File.ReadAllText(listing));
    }

    [Fact]
    public void Parse_refuses_to_replace_an_existing_file_unless_force_is_given()
    {
        string existing = _folder.Write("papers.json", "hand-edited");

        var refused = Run("parse", TestFiles.Seed, "-o", existing);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"'{existing}' exists; use --force to replace it", refused.Stderr);
        Assert.Equal("hand-edited", File.ReadAllText(existing));

        var replaced = Run("parse", TestFiles.Seed, "-o", existing, "--force");
        Assert.Equal(0, replaced.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(existing));
        Assert.Equal(18, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Parse_reads_standard_input_given_as_a_dash()
    {
        var (exitCode, stdout, stderr) = RunWithInput(File.ReadAllText(TestFiles.Seed), "parse", "-", "--as-of", "2026-11-26");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.Spec("seed-expected.json")));
        using var json = JsonDocument.Parse(stdout);
        var (papers, sources) = Papernb.WithoutSources(stdout);
        Assert.Equal(Papernb.WithoutSources(expected.RootElement.GetRawText()).Json, papers);
        Assert.All(sources, source => Assert.Equal("-", source));
    }

    [Fact]
    public void Stats_reads_standard_input_given_as_a_dash()
    {
        var (exitCode, stdout, _) = RunWithInput(File.ReadAllText(TestFiles.Seed), "stats", "-", "--as-of", "2026-11-26");

        Assert.Equal(0, exitCode);
        string fromFile = Run("stats", TestFiles.Seed, "--as-of", "2026-11-26").Stdout;
        Assert.Equal(fromFile.Replace(Path.GetFileName(TestFiles.Seed) + ":", "-:", StringComparison.Ordinal), stdout);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("stats")]
    public async Task A_fifo_is_refused_at_once_instead_of_blocking(string command)
    {
        string fifo = Path.Combine(_folder.Path, "listing.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();

        var (exitCode, _, stderr) = await Task.Run(() => Run(command, fifo)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Equal($"{fifo}: error PN009: cannot read the listing: '{fifo}' is not a regular file{Environment.NewLine}", stderr);
    }

    [Fact]
    public void Dev_stdin_that_is_not_a_file_points_to_the_dash()
    {
        var (exitCode, _, stderr) = Run("parse", "/dev/stdin");

        Assert.Equal(2, exitCode);
        Assert.EndsWith($"is not a regular file (give - to read standard input){Environment.NewLine}", stderr);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/proc/self/status")]
    public void Devices_and_proc_files_are_refused_by_name(string path)
    {
        var (exitCode, stdout, stderr) = Run("parse", path);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains($"'{path}' is not a regular file", stderr);
        Assert.Single(Lines(stderr));
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("stats")]
    public void An_as_of_date_in_year_one_is_out_of_range(string command)
    {
        var (exitCode, _, stderr) = Run(command, TestFiles.Seed, "--as-of", "0001-01-01");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("papernb: --as-of '0001-01-01' is out of range", stderr);
    }

    [Fact]
    public void Diagnostics_past_the_cap_are_counted_after_those_shown_and_set_the_exit_code()
    {
        var stderr = new StringWriter();
        var shown = new SourceDiagnostic(DiagnosticCodes.StrayLine, DiagnosticSeverity.Warning, "big.txt", 3, "shown");

        int exitCode = CommonOptions.Report([shown], [new DiagnosticCount("PN001", DiagnosticSeverity.Error, 999_900)], "big.txt", stderr);

        Assert.Equal(1, exitCode);
        Assert.Equal(["big.txt:3: warning PN001: shown", "big.txt: 999,900 more PN001 errors not shown"], Lines(stderr.ToString()));
    }
}
