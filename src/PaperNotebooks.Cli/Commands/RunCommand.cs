using System.CommandLine;
using PaperNotebooks.Cli.Notebooks;
using PaperNotebooks.Files;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb run &lt;notebook or folder&gt;... [--out &lt;dir&gt;] [--format ipynb,html] [--cell-timeout &lt;seconds&gt;] [--force]</c></summary>
internal static class RunCommand
{
    public static Command Create(CommandIO io)
    {
        var inputs = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks (.ipynb) or folders of notebooks to execute.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the executed notebooks and their HTML pages (never the notebooks' own files).",
            DefaultValueFactory = _ => "executed",
            HelpName = "dir",
            CustomParser = OptionParsers.Path(),
        };
        var formats = new Option<string>("--format")
        {
            Description = "What to write for each notebook: ipynb, html, or both (ipynb,html).",
            DefaultValueFactory = _ => "ipynb,html",
            HelpName = "ipynb,html",
            CustomParser = OptionParsers.OneOf("format", ["ipynb", "html"], list: true),
        };
        var cellTimeout = new Option<int>("--cell-timeout")
        {
            Description = "Stop a cell that runs longer than this, and fail its notebook.",
            DefaultValueFactory = _ => 600,
            HelpName = "seconds",
            CustomParser = OptionParsers.WholeNumber(1, 1_000_000),
        };
        var force = CommonOptions.Force("Also replace existing files in --out that papernb did not write (its own earlier outputs are always replaced).");

        var command = new Command("run",
            "Execute notebooks headless with .NET Interactive and the PaperNotebooks extension built from this checkout, each in its own " +
            "process; write the executed .ipynb and a self-contained HTML page (plotly.js inlined, opens offline) for each.\n" +
            "Exit codes: 0 when every notebook ran, 1 when a notebook failed (the other notebooks still run), 2 for usage or I/O errors.")
        {
            inputs, output, formats, cellTimeout, force,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var plan = RunPlan.Make(parseResult.GetValue(inputs)!, [.. parseResult.GetValue(formats)!.Split(',').Distinct().Order()],
                parseResult.GetValue(output)!, parseResult.GetValue(force), io.Error);
            if (plan is null) return ExitCodes.Usage;

            var runner = new NotebookProcess(io.Error, TimeSpan.FromSeconds(parseResult.GetValue(cellTimeout)));
            int failures = 0;
            for (int n = 0; n < plan.Notebooks.Count; n++)
            {
                string path = plan.Notebooks[n];
                string shown = Excerpt.Of(path, 200);
                io.Error.WriteLine($"papernb: [{n + 1}/{plan.Notebooks.Count}] {shown}");
                var notebook = NotebookDocument.TryLoad(path, out string? error);
                string? failure = notebook is null ? error : notebook.CodeCells.Any() ? await runner.RunAsync(notebook, cancellationToken) : null;
                if (failure is not null)
                {
                    // One line whatever the kernel said; the notebook's error output keeps the whole message.
                    io.Error.WriteLine($"papernb: {shown}: {Excerpt.Of(failure, 300)}");
                    failures++;
                }
                if (notebook is null) continue;
                try
                {
                    Write(notebook, plan);
                }
                catch (OutputFileException e)
                {
                    io.Error.WriteLine($"papernb: {shown}: {e.Message}");
                    if (failure is null) failures++;
                    continue;
                }
                io.Out.WriteLine($"{path} -> {string.Join(", ", plan.Formats.Select(f => plan.OutputOf(path, f)))}");
            }
            if (failures > 0) io.Error.WriteLine($"papernb: {failures} of {plan.Notebooks.Count} notebooks failed");
            return failures == 0 ? ExitCodes.Clean : ExitCodes.NotebookFailed;
        });
        return command;
    }

    private static void Write(NotebookDocument notebook, RunPlan plan)
    {
        foreach (string format in plan.Formats)
        {
            string file = plan.OutputOf(notebook.Path, format);
            if (format == "ipynb") notebook.Save(file, plan.MayReplace(file), plan.Notebooks);
            else NotebookHtmlExporter.Write(notebook, file, plan.MayReplace(file), plan.Notebooks);
        }
    }
}
