using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
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
    /// <param name="cancellationToken">Cancelled when papernb itself is asked to stop; the child is stopped with it.</param>
    public async Task<string?> RunAsync(NotebookDocument notebook, CancellationToken cancellationToken)
    {
        var cells = new CellOutcomes(notebook.CodeCells.ToList());
        Process child;
        try
        {
            child = Process.Start(StartInfo(Path.GetFullPath(notebook.Path)))!;
        }
        catch (Win32Exception e)
        {
            return cells.Fail($"could not start the kernel process: {e.Message}");
        }
        using (child)
        using (cancellationToken.Register(() => Stop(child)))
        {
            // The child's stdin stays open, unwritten: it ends when this process does, which tells the child to stop.
            var progressPump = ForwardProgressAsync(child.StandardError);
            string? timedOut = await ReadMessagesAsync(child, cells);
            if (!cells.Ended || !child.WaitForExit(ExitGrace)) Stop(child);
            try
            {
                await progressPump.WaitAsync(ExitGrace);
            }
            catch (TimeoutException)
            {
                // Something the child started still holds its stderr; the child itself is gone.
            }
            if (timedOut is not null) return cells.Fail(timedOut);
            if (cells.Failure is not null) return cells.Fail(cells.Failure);
            return cells.Ended ? null : cells.Fail($"the kernel process ended unexpectedly (exit {child.ExitCode}) {cells.Where}");
        }
    }

    /// <summary>Applies the child's messages until it ends or its stdout closes; returns the failure when a cell
    /// outlived its time, or the child went silent outside a cell (starting or closing its kernel) for longer than
    /// <see cref="QuietLimit"/>.</summary>
    private async Task<string?> ReadMessagesAsync(Process child, CellOutcomes cells)
    {
        var clock = Stopwatch.StartNew();
        while (!cells.Ended)
        {
            var limit = cells.Running > 0 ? cellTimeout : QuietLimit;
            using var deadline = new CancellationTokenSource(limit - clock.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero);
            string? line;
            try
            {
                line = await child.StandardOutput.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return cells.Running > 0
                    ? $"cell {cells.Running} did not finish within {Seconds(cellTimeout)} seconds"
                    : $"the kernel process did nothing for {Seconds(QuietLimit)} seconds {cells.Where}";
            }
            if (line is null) return null;
            if (CellMessages.Read(line) is { } message && cells.Apply(message)) clock.Restart();
            else if (cells.Running == 0) clock.Restart();
        }
        return null;
    }

    /// <summary>Starting a kernel, or closing one, takes seconds; a child silent this long outside a cell is stuck.
    /// Never shorter than the cell timeout, so a generous timeout is not undercut.</summary>
    private TimeSpan QuietLimit => cellTimeout > TimeSpan.FromMinutes(10) ? cellTimeout : TimeSpan.FromMinutes(10);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

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
            start.ArgumentList.Add(typeof(NotebookProcess).Assembly.Location);
        }
        start.ArgumentList.Add(RunOneCommand.Name);
        start.ArgumentList.Add(notebook);
        return start;
    }
}
