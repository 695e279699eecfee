using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PaperNotebooks.Cli.Commands;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// Runs one notebook in a child process (<c>papernb run-one</c>) and writes the outputs it reports into the
/// parent's copy of the notebook. A cell that calls <c>Environment.Exit</c>, overflows the stack or spins forever
/// ends only that child: the notebook is reported as failed with the cell it was in, the cells that ran keep their
/// outputs, and the runner goes on with the next notebook. Killing the child is also what stops a timed-out cell
/// for real, where cancelling a task would leave it spinning on a core.
/// </summary>
internal sealed class NotebookProcess(TextWriter progress, TimeSpan cellTimeout)
{
    /// <summary>How long the child may take to exit once it said it is done (a cell may leave a foreground thread).</summary>
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="notebook"/>; returns null when every cell ran, otherwise why it failed, as one line.</summary>
    public async Task<string?> RunAsync(NotebookDocument notebook)
    {
        var codeCells = notebook.CodeCells.ToList();
        using var child = Process.Start(StartInfo(Path.GetFullPath(notebook.Path)))!;
        child.StandardInput.Close();
        var progressPump = ForwardProgressAsync(child.StandardError);

        int running = 0, reached = 0;
        string? failure = null;
        bool ended = false;
        var clock = Stopwatch.StartNew();
        int? CellNumber(JsonNode? node) =>
            node is JsonValue value && value.TryGetValue<int>(out int n) && n >= 1 && n <= codeCells.Count ? n : null;
        while (!ended)
        {
            using var deadline = new CancellationTokenSource();
            if (running > 0) deadline.CancelAfter(Max(TimeSpan.Zero, cellTimeout - clock.Elapsed));
            string? line;
            try
            {
                line = await child.StandardOutput.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                failure = $"cell {running} did not finish within {cellTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds";
                break;
            }
            if (line is null) break;
            var message = CellMessages.Read(line);
            if (CellNumber(message?["started"]) is int started)
            {
                running = reached = started;
                Clear(codeCells[started - 1]);
                // Every code cell counts as one execution, as the child numbers them.
                codeCells[started - 1].ExecutionCount = started;
                clock.Restart();
            }
            else if (CellNumber(message?["finished"]) is int finished)
            {
                var cell = codeCells[finished - 1];
                cell.Outputs.Clear();
                foreach (var output in (message!["outputs"] as JsonArray ?? []).ToList()) cell.Outputs.Add(output?.DeepClone());
                cell.ExecutionCount = message["execution_count"]?.DeepClone();
                if (message["error"] is JsonValue error && message["expected"] is JsonValue expected && !expected.GetValue<bool>())
                {
                    failure = $"cell {finished} failed: {error.GetValue<string>()}";
                }
                running = 0;
            }
            else if (message?["end"] is not null)
            {
                ended = true;
            }
        }

        if (!ended || !child.WaitForExit(ExitGrace)) Stop(child);
        if (!ended && failure is null)
        {
            failure = $"the kernel process ended unexpectedly (exit {child.ExitCode}) " + (running > 0 ? $"during cell {running}" : reached > 0 ? $"after cell {reached}" : "before cell 1");
        }
        if (failure is not null)
        {
            if (running > 0) codeCells[running - 1].Outputs.Add(NotebookRunner.ErrorOutput(failure));
            // As in Jupyter after an error: the cells after the one that failed show nothing.
            foreach (var cell in codeCells.Skip(running > 0 ? running : reached)) Clear(cell);
        }
        try
        {
            await progressPump.WaitAsync(ExitGrace);
        }
        catch (TimeoutException)
        {
            // Something the child started still holds its stderr; the child itself is gone.
        }
        return failure;
    }

    private static void Stop(Process child)
    {
        try
        {
            child.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
        child.WaitForExit();
    }

    private static void Clear(NotebookCell cell)
    {
        cell.Outputs.Clear();
        cell.ExecutionCount = null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The child's own progress lines go on to our stderr; anything else it prints there (a runtime's
    /// crash report, a stack trace) is shown only with PAPERNB_DEBUG=1.</summary>
    private async Task ForwardProgressAsync(StreamReader stderr)
    {
        bool debug = Environment.GetEnvironmentVariable("PAPERNB_DEBUG") == "1";
        while (await stderr.ReadLineAsync() is { } line)
        {
            if (!debug && !line.StartsWith("papernb: ", StringComparison.Ordinal)) continue;
            lock (progress) progress.WriteLine(line);
        }
    }

    /// <summary>papernb itself: the apphost or tool shim it was started as, or <c>dotnet papernb.dll</c>.</summary>
    private static ProcessStartInfo StartInfo(string notebook)
    {
        string dll = typeof(NotebookProcess).Assembly.Location;
        string? host = Environment.ProcessPath;
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        string hostName = Path.GetFileNameWithoutExtension(host ?? "");
        if (hostName == "papernb")
        {
            start.FileName = host!;
        }
        else
        {
            start.FileName = hostName == "dotnet" ? host! : "dotnet";
            start.ArgumentList.Add(dll);
        }
        start.ArgumentList.Add(RunOneCommand.Name);
        start.ArgumentList.Add(notebook);
        return start;
    }
}
