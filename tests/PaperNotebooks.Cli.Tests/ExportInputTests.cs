using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

/// <summary>papernb parse and stats read our JSON and CSV exports as they read listings, from a file or standard input.</summary>
public sealed class ExportInputTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void An_export_parsed_again_gives_the_same_export(string format)
    {
        var exported = Run("parse", TestFiles.Seed, "--to", format, "--as-of", "2026-11-26");
        string file = _folder.Write("papers." + format, exported.Stdout);

        var again = Run("parse", file, "--to", format);
        var piped = RunWithInput(exported.Stdout, "parse", "-", "--to", format);

        Assert.Equal((0, ""), (again.ExitCode, again.Stderr));
        Assert.Equal(exported.Stdout, again.Stdout);
        Assert.Equal(exported.Stdout, piped.Stdout);
    }

    [Fact]
    public void Stats_of_a_json_export_are_the_stats_of_its_listing()
    {
        var listing = Run("stats", TestFiles.Seed, "--as-of", "2026-11-26");
        var json = Run("parse", TestFiles.Seed, "--as-of", "2026-11-26").Stdout;

        var piped = RunWithInput(json, "stats", "-");

        Assert.Equal(Lines(listing.Stdout)[1..], Lines(piped.Stdout)[1..]);
    }
}
