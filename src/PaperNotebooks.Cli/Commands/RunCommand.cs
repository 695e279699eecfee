using System.CommandLine;
using PaperNotebooks.Cli.Notebooks;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb run &lt;notebook or folder&gt;... [--out &lt;dir&gt;] [--format ipynb,html]</c></summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks (.ipynb) or folders of notebooks to execute.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the executed notebooks and their HTML pages.",
            DefaultValueFactory = _ => "executed",
            HelpName = "dir",
        };
        var formats = new Option<string>("--format")
        {
            Description = "What to write for each notebook: ipynb, html, or both (ipynb,html).",
            DefaultValueFactory = _ => "ipynb,html",
            HelpName = "ipynb,html",
        };
        formats.Validators.Add(result =>
        {
            foreach (var format in (result.GetValueOrDefault<string>() ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                if (format is not ("ipynb" or "html")) result.AddError($"--format '{format}' is not a format; use ipynb, html or ipynb,html.");
            }
        });

        var command = new Command("run",
            "Execute notebooks headless with .NET Interactive and the PaperNotebooks extension built from this checkout; write the " +
            "executed .ipynb and a self-contained HTML page (plotly.js inlined, opens offline) for each.\n" +
            "Exit codes: 0 when every notebook ran, 1 when a cell failed (the other notebooks still run), 2 for usage or I/O errors.")
        {
            inputs, output, formats,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var wanted = parseResult.GetValue(formats)!.Split(',', StringSplitOptions.TrimEntries).ToHashSet();
            string outputFolder = Path.GetFullPath(parseResult.GetValue(output)!);
            var notebooks = new List<string>();
            foreach (var input in parseResult.GetValue(inputs)!)
            {
                if (Directory.Exists(input))
                {
                    notebooks.AddRange(Directory.EnumerateFiles(input, "*.ipynb").Where(p => !p.EndsWith(".executed.ipynb", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
                }
                else if (File.Exists(input))
                {
                    notebooks.Add(input);
                }
                else
                {
                    stderr.WriteLine($"papernb: {input}: no such notebook or folder");
                    return ExitCodes.Usage;
                }
            }
            if (notebooks.Count == 0)
            {
                stderr.WriteLine("papernb: no notebooks to run");
                return ExitCodes.Usage;
            }
            try
            {
                Directory.CreateDirectory(outputFolder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"papernb: cannot create {outputFolder}: {e.Message}");
                return ExitCodes.Usage;
            }

            var runner = new NotebookRunner(stderr);
            int failures = 0;
            for (int n = 0; n < notebooks.Count; n++)
            {
                string path = notebooks[n];
                stderr.WriteLine($"papernb: [{n + 1}/{notebooks.Count}] {path}");
                var notebook = NotebookDocument.TryLoad(path, out string? error);
                if (notebook is null)
                {
                    stderr.WriteLine($"papernb: {path}: {error}");
                    failures++;
                    continue;
                }
                var failed = await runner.RunAsync(notebook);
                if (failed is not null)
                {
                    stderr.WriteLine($"papernb: {path}: cell {failed.Number} failed: {failed.Error}");
                    failures++;
                }
                string baseName = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(path));
                if (wanted.Contains("ipynb")) notebook.Save(baseName + ".ipynb");
                if (wanted.Contains("html")) NotebookHtmlExporter.Write(notebook, baseName + ".html");
                stdout.WriteLine($"{path} -> {string.Join(", ", wanted.Order().Select(f => baseName + "." + f))}");
            }
            if (failures > 0) stderr.WriteLine($"papernb: {failures} of {notebooks.Count} notebooks failed");
            return failures == 0 ? ExitCodes.Clean : ExitCodes.EntriesHadErrors;
        });
        return command;
    }
}
