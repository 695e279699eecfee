using PaperNotebooks.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Export;
using PaperNotebooks.Files;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Writes the matching papers to a file, or shows them as text. A file is written whole or not at all
/// (<see cref="AtomicFile"/>), replaces an existing file only with <c>--force</c>, and never replaces a listing loaded
/// in the session.</summary>
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
                $"--to takes bibtex, csv, json or markdown, not {PaperCommandException.Quote(command.To.Trim())}." + NearestName.Hint(command.To.Trim(), PaperGrammar.ExportFormats));
        }
        if (command.Force && string.IsNullOrWhiteSpace(command.Out))
        {
            throw new PaperCommandException("--force goes with --out: #!paper export --to bibtex --out papers.bib --force");
        }
        string formatName = format switch
        {
            ExportFormat.BibTex => "bibtex",
            ExportFormat.Csv => "csv",
            ExportFormat.Json => "json",
            _ => "markdown",
        };

        // Refused before any work: a file that exists (without --force), a folder, or a listing this session read.
        string? path = string.IsNullOrWhiteSpace(command.Out) ? null : session.ResolvePath(command.Out.Trim());
        if (path is not null && AtomicFile.Problem(path, command.Force, session.Sources) is { } problem)
        {
            throw new PaperCommandException(Sentence(problem));
        }

        var (_, papers) = await session.ResolveAsync(command.From, context);
        var rows = FilterArguments.From(command, papers).Apply(papers);
        var cancellation = context.CancellationToken;

        if (path is null)
        {
            context.Display(new ExportedText(formatName, rows.Count, await LongWork.RunAsync(() => PaperExport.ToString(rows, format), cancellation)));
            return;
        }

        try
        {
            AtomicFile.WriteText(path, writer => PaperExport.Write(rows, format, new CancellableWriter(writer, cancellation)), command.Force, session.Sources);
        }
        catch (OutputFileException e)
        {
            throw new PaperCommandException(Sentence(e.Message));
        }
        KernelInvocationContextExtensions.Display(context, $"Wrote {PaperText.Plural(rows.Count, "paper", "papers")} as {formatName} to {path}", PlainTextFormatter.MimeType);
    }

    /// <summary><see cref="AtomicFile"/>'s reasons start lower case, for the CLI's "papernb: ..."; a cell shows a sentence.</summary>
    private static string Sentence(string reason) => char.ToUpperInvariant(reason[0]) + reason[1..] + ".";
}
