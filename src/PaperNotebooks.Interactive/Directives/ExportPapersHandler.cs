using System.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Export;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Query;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Writes the matching papers to a file, or shows them as text.</summary>
internal sealed class ExportPapersHandler(PaperSession session)
{
    public async Task HandleAsync(ExportPapers command, KernelInvocationContext context)
    {
        DirectiveLine.Of(command)?.Check(PaperGrammar.Export);
        if (string.IsNullOrWhiteSpace(command.To))
        {
            throw new PaperCommandException("'#!paper export' needs --to bibtex, csv, json or markdown.");
        }
        if (!PaperExport.TryParseFormat(command.To.Trim(), out var format))
        {
            throw new PaperCommandException(
                $"--to takes bibtex, csv, json or markdown, not '{command.To.Trim()}'." + NearestName.Hint(command.To.Trim(), PaperGrammar.ExportFormats));
        }
        string formatName = format switch
        {
            ExportFormat.BibTex => "bibtex",
            ExportFormat.Csv => "csv",
            ExportFormat.Json => "json",
            _ => "markdown",
        };

        var (_, papers) = await session.ResolveAsync(command.From, context);
        var rows = PaperQuery.From(command, papers).Apply(papers);

        if (string.IsNullOrWhiteSpace(command.Out))
        {
            context.Display(new ExportedText(formatName, rows.Count, PaperExport.ToString(rows, format)));
            return;
        }

        string path = session.ResolvePath(command.Out.Trim());
        try
        {
            // Like any "save as": a folder that does not exist yet is made.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            PaperExport.Write(rows, format, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PaperCommandException($"Cannot write '{path}': {e.Message}");
        }
        KernelInvocationContextExtensions.Display(context, $"Wrote {PaperText.Plural(rows.Count, "paper", "papers")} as {formatName} to {path}", PlainTextFormatter.MimeType);
    }
}
