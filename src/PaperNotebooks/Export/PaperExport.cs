using System.Globalization;
using System.Text;
using PaperNotebooks.Listing;
using PaperNotebooks.Model;
using PaperNotebooks.Sources;
using PaperNotebooks.Sources.Csv;
using PaperNotebooks.Sources.Json;

namespace PaperNotebooks.Export;

/// <summary>Writes papers as JSON, CSV, BibTeX or Markdown, and reads JSON and CSV exports back.</summary>
public static class PaperExport
{
    /// <summary>Writes the papers in the given format. The writer is flushed but not closed.</summary>
    public static void Write(IEnumerable<Paper> papers, ExportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(writer);
        WriterFor(format).Write(papers, writer);
        writer.Flush();
    }

    /// <summary>The papers in the given format, as one string.</summary>
    public static string ToString(IEnumerable<Paper> papers, ExportFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(papers, format, writer);
        return writer.ToString();
    }

    /// <summary>Reads a format name as a user types it: <c>json</c>, <c>csv</c>, <c>bibtex</c> or <c>bib</c>,
    /// <c>markdown</c> or <c>md</c>, in any case.</summary>
    public static bool TryParseFormat(string text, out ExportFormat format)
    {
        switch (text?.ToLowerInvariant())
        {
            case "json": format = ExportFormat.Json; return true;
            case "csv": format = ExportFormat.Csv; return true;
            case "bibtex" or "bib": format = ExportFormat.BibTex; return true;
            case "markdown" or "md": format = ExportFormat.Markdown; return true;
            default: format = default; return false;
        }
    }

    /// <summary>Reads papers back from a JSON export. <see cref="PaperSources"/> reads one with diagnostics instead.</summary>
    /// <exception cref="FormatException">The text is not a JSON export of papers.</exception>
    public static PaperCollection ReadJson(TextReader reader) => ReadStrictly(reader, JsonPaperSource.Instance);

    /// <summary>Reads papers back from a CSV export. Columns are found by their header, in any order.</summary>
    /// <exception cref="FormatException">The text is not a CSV export of papers.</exception>
    public static PaperCollection ReadCsv(TextReader reader) => ReadStrictly(reader, CsvPaperSource.Instance);

    private static PaperCollection ReadStrictly(TextReader reader, IPaperSource source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sink = new PaperListSink();
        var context = new SourceContext("<text>", ListingReadOptions.Default);
        var diagnostics = PaperSources.Read(source, Encoding.UTF8.GetBytes(reader.ReadToEnd()), context, sink);
        if (diagnostics.Kept.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            throw new FormatException(error.ToString());
        try
        {
            return new PaperCollection(sink.Papers);
        }
        catch (ArgumentException e)
        {
            // Two papers with one id: the file is at fault, not the caller.
            throw new FormatException(e.Message, e);
        }
    }

    private static IPaperWriter WriterFor(ExportFormat format) => format switch
    {
        ExportFormat.Json => new JsonPaperWriter(),
        ExportFormat.Csv => new CsvPaperWriter(),
        ExportFormat.BibTex => new BibTexPaperWriter(),
        ExportFormat.Markdown => new MarkdownPaperWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
