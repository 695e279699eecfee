using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Export;
using PaperNotebooks.Files;
using PaperNotebooks.Interactive.Arguments;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Formatters;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper export --to bibtex|csv|json|markdown [--out &lt;file&gt; [--force]] [filters]</c>.</summary>
public sealed class ExportPapers : PaperQueryCommand
{
    /// <summary><c>--to</c>: the format.</summary>
    public string? To { get; set; }

    /// <summary><c>--out</c>: the file to write; without it the text is shown.</summary>
    public string? Out { get; set; }

    /// <summary><c>--force</c>: replace <c>--out</c> when it exists (never a listing loaded in the session).</summary>
    public bool Force { get; set; }
}

/// <summary>Writes the matching papers to a file, or shows them as text. A file is written whole or not at all
/// (<see cref="AtomicFile"/>), replaces an existing file only with <c>--force</c>, and never replaces a listing loaded
/// in the session.</summary>
internal sealed class ExportSubcommand : PaperSubcommand<ExportPapers>
{
    public static IReadOnlyList<string> Formats { get; } = ["bibtex", "csv", "json", "markdown"];

    public override SubcommandSpec Spec { get; } = new(
        "export", "Write the matching papers as BibTeX, CSV, JSON or Markdown; without --out, show the text.",
        [
            new("--to", "bibtex|csv|json|markdown", "the format", Values: Offered.Fixed(Formats)),
            new("--out", "<file>", "the file to write, relative to the notebook's folder; an existing file is kept unless --force"),
            new("--force", null, "replace the --out file if it exists (a listing loaded in this session is never replaced)", Flag: true),
            .. PaperGrammar.Filters,
        ],
        ["#!paper export --to bibtex --out papers.bib", "#!paper export --to csv --out papers.csv --force", "#!paper export --to markdown --category CL --top 5"]);

    protected override async Task HandleAsync(ExportPapers command, SubcommandCall call)
    {
        var (session, context) = (call.Session, call.Context);
        if (string.IsNullOrWhiteSpace(command.To))
        {
            throw new PaperCommandException("'#!paper export' needs --to bibtex, csv, json or markdown.");
        }
        if (!PaperExport.TryParseFormat(command.To.Trim(), out var format))
        {
            throw new PaperCommandException(
                $"--to takes bibtex, csv, json or markdown, not {PaperCommandException.Quote(command.To.Trim())}." + NearestName.Hint(command.To.Trim(), Formats));
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

        var (_, papers) = await call.PapersAsync(command.From);
        var rows = FilterArguments.From(command, papers).Apply(papers);
        var cancellation = call.CancellationToken;

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
