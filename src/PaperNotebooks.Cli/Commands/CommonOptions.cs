using System.CommandLine;
using System.Globalization;
using PaperNotebooks.Listing;

namespace PaperNotebooks.Cli.Commands;

/// <summary>Arguments and options shared by several commands, and how their outcome is reported.</summary>
internal static class CommonOptions
{
    public static Argument<string> ListingFile() => new("file") { Description = "The listing to read (UTF-8 text, three lines a paper)." };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Read dates without a year as of this date (YYYY-MM-DD); default: today.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"--as-of '{text}' is not a date of the form YYYY-MM-DD.");
            return null;
        },
    };

    /// <summary>Writes the diagnostics to stderr and returns the exit code they call for.</summary>
    public static int Report(IReadOnlyList<ListingDiagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics) stderr.WriteLine(diagnostic.ToString());
        if (diagnostics.Any(d => d.Code == DiagnosticCodes.Unreadable)) return ExitCodes.Usage;
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.EntriesHadErrors : ExitCodes.Clean;
    }
}
