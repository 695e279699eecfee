using System.Diagnostics;
using System.Text.Json.Nodes;
using PaperNotebooks.Tests;
using static PaperNotebooks.Cli.Tests.Papernb;

namespace PaperNotebooks.Cli.Tests;

/// <summary>
/// Each notebook runs in its own papernb process: a cell that exits the process, overflows the stack or never ends
/// fails only its notebook, the cells before it keep their outputs, and the next notebook runs. These start real
/// kernels, so they are all in one run.
/// </summary>
public sealed class RunProcessTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_cell_that_exits_overflows_or_spins_fails_only_its_notebook_and_the_next_one_runs()
    {
        TestNotebook.Write(_folder.Path, "a-exit.ipynb", TestNotebook.Of("var x = 1;\nx", "System.Environment.Exit(0);", "x"));
        TestNotebook.Write(_folder.Path, "b-overflow.ipynb", TestNotebook.Of("int Down(int n) => Down(n + 1) + 1;", "Down(0)"));
        TestNotebook.Write(_folder.Path, "c-spin.ipynb", TestNotebook.Of("1 + 1", "while (true) { }", "2 + 2"));
        TestNotebook.Write(_folder.Path, "d-good.ipynb", TestNotebook.Of("1 + 2", "Console.Write(\"printed\");"));
        string output = Path.Combine(_folder.Path, "out");

        var (exitCode, stdout, stderr) = Run("run", _folder.Path, "--out", output, "--cell-timeout", "15");

        Assert.Equal(1, exitCode);
        Assert.Contains("a-exit.ipynb: the kernel process ended unexpectedly (exit 0) during cell 2", stderr);
        Assert.Contains("b-overflow.ipynb: the kernel process ended unexpectedly (exit 134) during cell 2", stderr);
        Assert.Contains("c-spin.ipynb: cell 2 did not finish within 15 seconds", stderr);
        Assert.Contains("3 of 4 notebooks failed", stderr);
        Assert.Contains("papernb: d-good.ipynb: cell 2 of 2", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Stack overflow", stderr);
        Assert.Equal(4, Lines(stdout).Length);

        var exited = Cells(output, "a-exit.ipynb");
        Assert.Contains("<pre>1</pre>", Shown(exited[0]));
        Assert.Contains("ended unexpectedly", (string?)exited[1]["outputs"]![0]!["evalue"]);
        Assert.Empty(exited[2]["outputs"]!.AsArray());
        Assert.Null(exited[2]["execution_count"]);

        var spun = Cells(output, "c-spin.ipynb");
        Assert.Contains("<pre>2</pre>", Shown(spun[0]));
        Assert.Equal("cell 2 did not finish within 15 seconds", (string?)spun[1]["outputs"]![0]!["evalue"]);

        var good = Cells(output, "d-good.ipynb");
        Assert.Contains("<pre>3</pre>", Shown(good[0]));
        Assert.Equal(1, (int?)good[0]["execution_count"]);
        Assert.Equal("printed", (string?)good[1]["outputs"]![0]!["text"]);
        Assert.True(File.Exists(Path.Combine(output, "d-good.html")));

        Assert.Empty(ChildProcessesRunning());
    }

    [Fact]
    public async Task When_papernb_is_killed_the_notebook_process_it_started_stops_too()
    {
        string spin = TestNotebook.Write(_folder.Path, "spin.ipynb", TestNotebook.Of("while (true) { }"));
        using var papernb = Process.Start(Papernb.OutOfProcess("run", spin, "--out", Path.Combine(_folder.Path, "out")))!;
        while (await papernb.StandardError.ReadLineAsync() is { } line && !line.Contains("cell 1 of 1", StringComparison.Ordinal))
        {
        }
        Assert.NotEmpty(ChildProcessesRunning());

        papernb.Kill(); // SIGKILL: papernb cannot stop its child itself
        await papernb.WaitForExitAsync();

        for (int wait = 0; wait < 100 && ChildProcessesRunning().Count > 0; wait++) await Task.Delay(100);
        Assert.Empty(ChildProcessesRunning());
    }

    private static List<JsonNode> Cells(string folder, string name) =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name)))!["cells"]!.AsArray().Select(cell => cell!)];

    private static string Shown(JsonNode cell) => (string?)cell["outputs"]![0]!["data"]!["text/html"] ?? "";

    /// <summary>papernb run-one processes still alive for this test's notebooks: a stopped cell must not keep spinning.</summary>
    private List<int> ChildProcessesRunning()
    {
        var alive = new List<int>();
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out int pid)) continue;
            try
            {
                string commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains("run-one", StringComparison.Ordinal) && commandLine.Contains(_folder.Path, StringComparison.Ordinal)) alive.Add(pid);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return alive;
    }
}
