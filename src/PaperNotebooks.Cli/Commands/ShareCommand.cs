using System.CommandLine;
using PaperNotebooks.Charts.Images;
using PaperNotebooks.Cli.Notebooks;
using PaperNotebooks.Cli.Sharing;
using PaperNotebooks.Files;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb share &lt;notebook or folder&gt;... [--out &lt;dir&gt;] [--format ipynb,html,pdf] [--force]</c>: notebooks
/// executed elsewhere (Jupyter, VS Code) made to show every chart without scripts. Nothing is executed and the
/// notebooks themselves are never written.</summary>
internal static class ShareCommand
{
    public static Command Create(CommandIO io)
    {
        var inputs = new Argument<string[]>("notebooks")
        {
            Description = "Executed notebooks (.ipynb) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder for the shared notebooks, pages and PDFs (never the notebooks' own files).",
            DefaultValueFactory = _ => "shared",
            HelpName = "dir",
            CustomParser = OptionParsers.Path(),
        };
        var formats = new Option<string>("--format")
        {
            Description = "What to write for each notebook: ipynb (with chart images), html (self-contained), pdf (A4), comma-separated.",
            DefaultValueFactory = _ => "ipynb,html,pdf",
            HelpName = "ipynb,html,pdf",
            CustomParser = OptionParsers.OneOf("format", ["ipynb", "html", "pdf"], list: true),
        };
        var force = CommonOptions.Force("Also replace existing files in --out that papernb did not write (its own earlier outputs are always replaced).");

        var command = new Command("share",
            "Make executed notebooks show every chart where scripts do not run (GitHub, untrusted Jupyter, mail, PDF): each plotly chart " +
            "(PaperNotebooks' and XPlot.Plotly's) gets a PNG drawn by plotly.js in headless Chromium, in its output and in its HTML; " +
            "then write the notebook, a self-contained HTML page and an A4 PDF. Nothing is executed; the notebooks are never changed.\n" +
            "Exit codes: 0 when every notebook was shared, 1 when one could not be (the others still are), 2 for usage or I/O errors.")
        {
            inputs, output, formats, force,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var plan = RunPlan.Make(parseResult.GetValue(inputs)!, [.. parseResult.GetValue(formats)!.Split(',').Distinct().Order()],
                parseResult.GetValue(output)!, parseResult.GetValue(force), io.Error);
            if (plan is null) return ExitCodes.Usage;
            if (!ChromiumSession.IsInstalled)
            {
                io.Error.WriteLine($"papernb: share: {ChromiumLocation.Missing}");
                return ExitCodes.Usage;
            }
            await using var chromium = new ChromiumSession(io.Error, warnWhenMissing: false);

            int failures = 0;
            foreach (string path in plan.Notebooks)
            {
                string shown = Excerpt.Of(path, 200);
                var notebook = NotebookDocument.TryLoad(path, out string? error);
                if (notebook is null)
                {
                    io.Error.WriteLine($"papernb: {shown}: {error}");
                    failures++;
                    continue;
                }
                try
                {
                    if (NotebookChartImages.HasCharts(notebook))
                    {
                        var browser = await chromium.GetAsync(cancellationToken) ?? throw new ChromiumException(chromium.Problem ?? ChromiumLocation.Missing);
                        await NotebookOutputs.AddImagesAsync(notebook, browser, io.Error, cancellationToken);
                    }
                    await NotebookOutputs.WriteAsync(notebook, plan, "shared", chromium, cancellationToken);
                }
                catch (Exception e) when (e is OutputFileException or ChromiumException)
                {
                    io.Error.WriteLine($"papernb: {shown}: {e.Message}");
                    failures++;
                    continue;
                }
                io.Out.WriteLine($"{path} -> {string.Join(", ", plan.Formats.Select(f => plan.OutputOf(path, f)))}");
            }
            if (failures > 0) io.Error.WriteLine($"papernb: {failures} of {plan.Notebooks.Count} notebooks could not be shared");
            return failures == 0 ? ExitCodes.Clean : ExitCodes.NotebookFailed;
        });
        return command;
    }
}
