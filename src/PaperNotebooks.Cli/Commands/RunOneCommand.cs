using System.CommandLine;
using PaperNotebooks.Cli.Notebooks;

namespace PaperNotebooks.Cli.Commands;

/// <summary>
/// <c>papernb run-one &lt;notebook&gt;</c>, hidden: the child process that <c>papernb run</c> starts for each notebook.
/// It runs the cells and reports each on stdout (<see cref="CellMessages"/>) and its progress on stderr; the parent
/// writes the files, so a cell that ends this process loses nothing that ran before it.
/// </summary>
internal static class RunOneCommand
{
    public const string Name = "run-one";

    public static Command Create(CommandIO io)
    {
        var notebookPath = new Argument<string>("notebook") { Description = "The notebook to run." };
        var command = new Command(Name, "Run one notebook and report its cells to papernb run (internal).")
        {
            Hidden = true,
        };
        command.Arguments.Add(notebookPath);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            ExitWhenParentEnds(io);
            string path = parseResult.GetValue(notebookPath)!;
            var notebook = NotebookDocument.TryLoad(path, out string? error);
            if (notebook is null)
            {
                io.Error.WriteLine($"papernb: {Path.GetFileName(path)}: {error}");
                return ExitCodes.NotebookFailed;
            }
            var messages = new CellMessageWriter(io.Out);
            var failed = await new NotebookRunner(io.Error, messages).RunAsync(notebook);
            messages.End();
            return failed is null ? ExitCodes.Clean : ExitCodes.NotebookFailed;
        });
        return command;
    }

    /// <summary>The parent holds this process's stdin open and never writes to it, so the end of input means the
    /// parent is gone (killed, or stopped by Ctrl+C or SIGTERM): a notebook nobody waits for must not keep running,
    /// least of all a spinning cell.</summary>
    private static void ExitWhenParentEnds(CommandIO io)
    {
        var watcher = new Thread(() =>
        {
            using var input = io.OpenInput();
            var buffer = new byte[256];
            while (input.Read(buffer) > 0)
            {
            }
            Environment.Exit(ExitCodes.Internal);
        })
        {
            IsBackground = true,
            Name = "papernb parent watch",
        };
        watcher.Start();
    }
}
