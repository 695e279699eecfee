using PaperNotebooks.Charts.Images;
using PaperNotebooks.Cli.Commands;
using PaperNotebooks.Cli.Notebooks;

namespace PaperNotebooks.Cli.Sharing;

/// <summary>Writes a notebook in each format of a plan (ipynb, html, pdf), each file whole or not at all.</summary>
internal static class NotebookOutputs
{
    /// <summary>Throws <see cref="PaperNotebooks.Files.OutputFileException"/> or <see cref="ChromiumException"/> with
    /// one line when a file cannot be written; the files of the formats before it are written.</summary>
    /// <param name="marker">What papernb did to the notebook (<c>executed</c>, <c>shared</c>), kept in its metadata.</param>
    public static async Task WriteAsync(NotebookDocument notebook, RunPlan plan, string marker, ChromiumSession chromium, CancellationToken cancellationToken)
    {
        foreach (string format in plan.Formats)
        {
            string file = plan.OutputOf(notebook.Path, format);
            switch (format)
            {
                case "ipynb":
                    notebook.Save(file, plan.MayReplace(file), plan.Notebooks, marker);
                    break;
                case "html":
                    NotebookHtmlExporter.Write(notebook, file, plan.MayReplace(file), plan.Notebooks);
                    break;
                case "pdf":
                    var browser = await chromium.GetAsync(cancellationToken)
                        ?? throw new ChromiumException($"cannot write {Path.GetFileName(file)}: {chromium.Problem}");
                    await NotebookPdfExporter.WriteAsync(notebook, file, plan.MayReplace(file), plan.Notebooks, browser, cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Adds static images to the notebook's charts and says on stderr how many and how fast; returns false
    /// (after one line per chart) when a chart could not be drawn.</summary>
    public static async Task<bool> AddImagesAsync(NotebookDocument notebook, HeadlessChromium chromium, TextWriter stderr, CancellationToken cancellationToken)
    {
        var outcome = await NotebookChartImages.AddAsync(notebook, chromium, cancellationToken);
        foreach (string problem in outcome.Problems) stderr.WriteLine($"papernb: warning: {notebook.Name}: {problem}");
        if (outcome.Images > 0)
        {
            stderr.WriteLine($"papernb: {notebook.Name}: {outcome.Images} chart {(outcome.Images == 1 ? "image" : "images")} in " +
                $"{outcome.Time.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s");
        }
        return outcome.Problems.Count == 0;
    }
}
