using System.CommandLine;
using PaperNotebooks.Export;
using PaperNotebooks.Files;
using PaperNotebooks.Listing;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb parse &lt;file&gt; [--to json|csv|bibtex|markdown] [--as-of YYYY-MM-DD] [-o &lt;file&gt; [--force]]</c></summary>
internal static class ParseCommand
{
    public static Command Create(CommandIO io)
    {
        var files = CommonOptions.InputFiles();
        var inputFormat = CommonOptions.Format();
        var to = new Option<string>("--to")
        {
            Description = "Output format: json, csv, bibtex or markdown.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|csv|bibtex|markdown",
            CustomParser = OptionParsers.OneOf("format", ["json", "csv", "bibtex", "markdown"]),
        };
        var asOf = CommonOptions.AsOf();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of stdout (never over the listing being read).",
            HelpName = "file",
            CustomParser = OptionParsers.Path(),
        };
        var force = CommonOptions.Force("Replace the -o file if it exists.");

        var command = new Command("parse", "Read listings, BibTeX files or JSON and CSV exports, one or several, and write their papers as JSON, CSV, BibTeX or Markdown.\n" + ExitCodes.Help)
        {
            files, inputFormat, to, asOf, output, force,
        };
        command.SetAction(parseResult =>
        {
            string[] paths = parseResult.GetValue(files)!;
            string path = string.Join(", ", paths);
            PaperExport.TryParseFormat(parseResult.GetValue(to)!, out var format);
            string? outputPath = parseResult.GetValue(output);
            bool replace = parseResult.GetValue(force);
            string[] inputs = [.. paths.Where(p => p != ListingInput.StandardInput)];
            // Refused before reading: a listing of millions of papers is not read only to find that -o names it.
            if (outputPath is not null && OutputProblem(outputPath, replace, inputs) is { } problem)
            {
                io.Error.WriteLine($"papernb: --output: {problem}");
                return ExitCodes.Usage;
            }

            var result = ListingInput.Read(paths, new ListingReadOptions { AsOf = parseResult.GetValue(asOf) }, io, parseResult.GetValue(inputFormat));
            int exitCode = CommonOptions.Report(result.Diagnostics, result.Omitted, path, io.Error);
            if (exitCode == ExitCodes.Usage) return exitCode;

            if (outputPath is null)
            {
                PaperExport.Write(result.Papers, format, io.Out);
                io.Out.Flush();
                return exitCode;
            }
            try
            {
                AtomicFile.WriteText(outputPath, writer => PaperExport.Write(result.Papers, format, writer), replace, inputs);
            }
            catch (OutputFileException e)
            {
                io.Error.WriteLine($"papernb: --output: {e.Message}");
                return ExitCodes.Usage;
            }
            io.Error.WriteLine($"papernb: wrote {result.Papers.Count} papers to {Excerpt.Of(outputPath, 200)}");
            return exitCode;
        });
        return command;
    }

    private static string? OutputProblem(string path, bool replace, string[] inputs) =>
        AtomicFile.Problem(path, replace, inputs) ?? AtomicFile.FolderProblem(Path.GetDirectoryName(Path.GetFullPath(path))!);
}
