using System.CommandLine;
using System.Globalization;
using PaperNotebooks.Sources;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Commands;

/// <summary>Arguments and options shared by several commands, and how their outcome is reported.</summary>
internal static class CommonOptions
{
    public static Argument<string> ListingFile() => new("file")
    {
        Description = "The listing to read (UTF-8 text, three lines a paper); - reads standard input.",
    };

    public static Argument<string[]> InputFiles()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The files to read, each a listing, a BibTeX file, or a JSON or CSV export (- reads standard input); " +
                "the papers of several files are one collection, copies of a paper merged.",
            Arity = ArgumentArity.OneOrMore,
        };
        // Several files take every free word, so an option misspelled would otherwise be read as a file.
        files.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-') is { } option)
                result.AddError($"Unrecognized command or argument '{Excerpt.Of(option.Value)}'.");
        });
        return files;
    }

    public static Option<string?> Format() => new("--format")
    {
        Description = "The format of the input files, when neither extension nor content tells: " + string.Join(", ", PaperSources.Formats) + ".",
        HelpName = string.Join("|", PaperSources.Formats),
        CustomParser = result => OptionParsers.OneOf("format", [.. PaperSources.Formats])(result),
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Read dates without a year as of this date (YYYY-MM-DD); default: today.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            string text = OptionParsers.Token(result);
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                result.AddError($"--as-of '{Excerpt.Of(text)}' is not a date of the form YYYY-MM-DD.");
                return null;
            }
            // A date without a year is placed in the as-of year or the one before; year 1 has no year before it.
            if (date.Year < 2)
            {
                result.AddError($"--as-of '{text}' is out of range: dates without a year need an as-of year of 0002 or later.");
                return null;
            }
            return date;
        },
    };

    public static Option<bool> Force(string description) => new("--force") { Description = description };

    /// <summary>Writes the diagnostics, then the counts of those not shown, to stderr; returns the exit code they call for.</summary>
    public static int Report(IReadOnlyList<SourceDiagnostic> diagnostics, IReadOnlyList<DiagnosticCount> omitted, string source, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics) stderr.WriteLine(diagnostic.ToString());
        foreach (var count in omitted) stderr.WriteLine($"{source}: {count}");
        if (diagnostics.Any(d => d.Code == DiagnosticCodes.Unreadable)) return ExitCodes.Usage;
        bool errors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || omitted.Any(d => d.Severity == DiagnosticSeverity.Error);
        return errors ? ExitCodes.EntriesHadErrors : ExitCodes.Clean;
    }
}
