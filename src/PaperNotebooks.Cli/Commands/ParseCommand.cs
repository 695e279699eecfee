using System.CommandLine;
using System.Text;
using PaperNotebooks.Export;
using PaperNotebooks.Listing;

namespace PaperNotebooks.Cli.Commands;

/// <summary><c>papernb parse &lt;file&gt; [--to json|csv|bibtex|markdown] [--as-of YYYY-MM-DD] [-o &lt;file&gt;]</c></summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = CommonOptions.ListingFile();
        var to = new Option<string>("--to")
        {
            Description = "Output format: json, csv, bibtex or markdown.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|csv|bibtex|markdown",
        };
        to.Validators.Add(result =>
        {
            string value = result.GetValueOrDefault<string>() ?? "";
            if (!PaperExport.TryParseFormat(value, out _)) result.AddError($"--to '{value}' is not a format; use json, csv, bibtex or markdown.");
        });
        var asOf = CommonOptions.AsOf();
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout.", HelpName = "file" };

        var command = new Command("parse", "Read a listing and write its papers as JSON, CSV, BibTeX or Markdown.\n" + ExitCodes.Help)
        {
            file, to, asOf, output,
        };
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(file)!;
            PaperExport.TryParseFormat(parseResult.GetValue(to)!, out var format);
            var result = PaperListingReader.ReadFile(path, new ListingReadOptions { AsOf = parseResult.GetValue(asOf) });
            int exitCode = CommonOptions.Report(result.Diagnostics, stderr);
            if (exitCode == ExitCodes.Usage) return exitCode;

            string? outputPath = parseResult.GetValue(output);
            try
            {
                if (outputPath is null)
                {
                    PaperExport.Write(result.Papers, format, stdout);
                    stdout.Flush();
                }
                else
                {
                    using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false), 1 << 16);
                    PaperExport.Write(result.Papers, format, writer);
                    stderr.WriteLine($"papernb: wrote {result.Papers.Count} papers to {outputPath}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"papernb: cannot write {outputPath ?? "stdout"}: {e.Message}");
                return ExitCodes.Usage;
            }
            return exitCode;
        });
        return command;
    }
}
