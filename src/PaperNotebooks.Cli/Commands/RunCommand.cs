using System.CommandLine;
using PaperNotebooks.Charts.Images;
using PaperNotebooks.Cli.Notebooks;
using PaperNotebooks.Cli.Sharing;
using PaperNotebooks.Files;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb run &lt;notebook or folder&gt;... [--out &lt;dir&gt;] [--format ipynb,html,pdf] [--cell-timeout &lt;seconds&gt;]
/// [--static-images|--no-static-images] [--force]</c></summary>
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
            Description = "What to write for each notebook: ipynb, html, pdf (A4, printed by Chromium), comma-separated.",
            DefaultValueFactory = _ => "ipynb,html",
            HelpName = "ipynb,html,pdf",
            CustomParser = OptionParsers.OneOf("format", ["ipynb", "html", "pdf"], list: true),
        };
        var cellTimeout = new Option<int>("--cell-timeout")
        {
            Description = "Stop a cell that runs longer than this, and fail its notebook.",
            DefaultValueFactory = _ => 600,
            HelpName = "seconds",
            CustomParser = OptionParsers.WholeNumber(1, 1_000_000),
        };
        var staticImages = new Option<bool>("--static-images")
        {
            Description = "Give every chart a PNG drawn by plotly.js in headless Chromium, in its output and its HTML (the default when Chromium is on the machine).",
        };
        var noStaticImages = new Option<bool>("--no-static-images") { Description = "Write charts without static images." };
        var force = CommonOptions.Force("Also replace existing files in --out that papernb did not write (its own earlier outputs are always replaced).");

        var command = new Command("run",
            "Execute notebooks headless with .NET Interactive and the PaperNotebooks extension built from this checkout, each in its own " +
            "process; write the executed .ipynb and a self-contained HTML page (plotly.js inlined, opens offline) for each, and an A4 PDF " +
            "with --format pdf. Every chart gets a PNG drawn by plotly.js in headless Chromium, shown where scripts do not run.\n" +
            "Exit codes: 0 when every notebook ran, 1 when a notebook failed (the other notebooks still run), 2 for usage or I/O errors.")
        {
            inputs, output, formats, cellTimeout, staticImages, noStaticImages, force,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(staticImages) && result.GetValue(noStaticImages)) result.AddError("--static-images and --no-static-images cannot both be given.");
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var plan = RunPlan.Make(parseResult.GetValue(inputs)!, [.. parseResult.GetValue(formats)!.Split(',').Distinct().Order()],
                parseResult.GetValue(output)!, parseResult.GetValue(force), io.Error);
            if (plan is null) return ExitCodes.Usage;
            bool images = !parseResult.GetValue(noStaticImages);
            bool chromiumRequired = parseResult.GetValue(staticImages) || plan.Formats.Contains("pdf");
            if (chromiumRequired && !ChromiumSession.IsInstalled)
            {
                io.Error.WriteLine($"papernb: {(plan.Formats.Contains("pdf") ? "--format pdf" : "--static-images")}: {ChromiumLocation.Missing}");
                return ExitCodes.Usage;
            }
            await using var chromium = new ChromiumSession(io.Error, warnWhenMissing: !chromiumRequired);

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
                    if (images && NotebookChartImages.HasCharts(notebook))
                    {
                        if (await chromium.GetAsync(cancellationToken) is { } browser) await NotebookOutputs.AddImagesAsync(notebook, browser, io.Error, cancellationToken);
                        // Asked for by name, images that cannot be made fail the notebook; by default they were one warning.
                        else if (parseResult.GetValue(staticImages)) throw new ChromiumException($"no static images: {chromium.Problem}");
                    }
                    await NotebookOutputs.WriteAsync(notebook, plan, "executed", chromium, cancellationToken);
                }
                catch (Exception e) when (e is OutputFileException or ChromiumException)
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
}
