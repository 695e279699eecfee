using System.Text;
using PaperNotebooks.Charts.Images;
using PaperNotebooks.Cli.Notebooks;
using PaperNotebooks.Files;

namespace PaperNotebooks.Cli.Sharing;

/// <summary>
/// Prints a notebook's HTML page (<see cref="NotebookHtmlExporter"/>) to an A4 PDF with Chromium, scripts off: charts
/// are their static images, and page breaks fall between cells where a cell fits on a page (the page's print styles).
/// </summary>
internal static class NotebookPdfExporter
{
    /// <summary>A PDF comment after the file's end marker, which readers ignore: it tells a later run the file is
    /// papernb's own output and may be replaced. Chromium's PDFs carry no metadata of ours.</summary>
    private static readonly byte[] Marker = Encoding.ASCII.GetBytes("%papernb\n");

    public static async Task WriteAsync(NotebookDocument notebook, string path, bool overwrite, IEnumerable<string> inputs,
        HeadlessChromium chromium, CancellationToken cancellationToken)
    {
        // Refused before the work, as the write would refuse it after.
        if (AtomicFile.Problem(path, overwrite, inputs) is { } problem) throw new OutputFileException(problem);
        string page = Path.Combine(Path.GetTempPath(), $"papernb-print-{Guid.NewGuid():N}.html");
        try
        {
            // Chromium prints what it loads from a file; the page goes to a temporary one of its own.
            AtomicFile.WriteString(page, NotebookHtmlExporter.Render(notebook), overwrite: false);
            byte[] pdf = await chromium.PrintPdfAsync(page, cancellationToken);
            AtomicFile.Write(path, stream =>
            {
                stream.Write(pdf);
                stream.Write(Marker);
            }, overwrite, inputs);
        }
        finally
        {
            File.Delete(page);
        }
    }

    /// <summary>Whether the file at <paramref name="path"/> is a PDF papernb wrote.</summary>
    public static bool IsWrittenByPapernb(string path)
    {
        try
        {
            if (InputFile.Problem(path) is not null) return false;
            using var file = File.OpenRead(path);
            if (file.Length < Marker.Length) return false;
            file.Seek(-Marker.Length, SeekOrigin.End);
            var tail = new byte[Marker.Length];
            file.ReadExactly(tail);
            return tail.AsSpan().SequenceEqual(Marker);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
