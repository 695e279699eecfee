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
}
