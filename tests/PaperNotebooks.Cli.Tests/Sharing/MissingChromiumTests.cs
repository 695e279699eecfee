using System.Diagnostics;
using System.Text.Json.Nodes;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests.Sharing;

/// <summary>Without Chromium (PAPERNOTEBOOKS_CHROMIUM naming a missing file, in a papernb process of its own): run still
/// writes its notebooks, with one warning; what cannot be done without it (share, a PDF) is one line and exit code 2.</summary>
public sealed class MissingChromiumTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_without_chromium_writes_the_charts_without_images_after_one_warning()
    {
        TestNotebook.Write(_folder.Path, "charts.ipynb", TestNotebook.Of("#!paper load", "#!paper timeline", "#!paper topics"));
        string output = Path.Combine(_folder.Path, "out");

        var (exitCode, stderr) = await RunWithoutChromiumAsync("run", Path.Combine(_folder.Path, "charts.ipynb"), "--out", output);

        Assert.True(exitCode == 0, stderr);
        var warning = Assert.Single(Lines(stderr), l => l.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith("papernb: warning: no Chromium found", warning);
        string written = File.ReadAllText(Path.Combine(output, "charts.ipynb"));
        Assert.Contains("papernb-chart", written);
        Assert.DoesNotContain("\"image/png\":", written);
        Assert.DoesNotContain("<img class=\\\"papernb-static", written);
    }

    [Theory]
    [InlineData("share", "papernb: share: no Chromium found")]
    [InlineData("run --format pdf", "papernb: --format pdf: no Chromium found")]
    [InlineData("run --static-images", "papernb: --static-images: no Chromium found")]
    public async Task What_needs_chromium_is_refused_with_one_line_before_anything_is_written(string command, string line)
    {
        string notebook = TestNotebook.Write(_folder.Path, "n.ipynb", TestNotebook.MarkdownOnly());
        string output = Path.Combine(_folder.Path, "out");
        var words = command.Split(' ');

        var (exitCode, stderr) = await RunWithoutChromiumAsync([words[0], notebook, "--out", output, .. words[1..]]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(line, Assert.Single(Lines(stderr)));
        Assert.Empty(Directory.Exists(output) ? Directory.GetFiles(output) : []);
    }

    private static async Task<(int ExitCode, string Stderr)> RunWithoutChromiumAsync(params string[] args)
    {
        var start = OutOfProcess(args);
        start.Environment["PAPERNOTEBOOKS_CHROMIUM"] = "/no/such/chromium";
        using var process = Process.Start(start)!;
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, stderr);
    }
}
