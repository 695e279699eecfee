using System.CommandLine;
using PaperNotebooks.Cli.Commands;

namespace PaperNotebooks.Cli;

/// <summary>The papernb command line: builds the commands and maps outcomes to exit codes.</summary>
internal static class PapernbApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("papernb: read paper listings into typed papers, export them and summarise them.")
        {
            ParseCommand.Create(stdout, stderr),
            StatsCommand.Create(stdout, stderr),
            RunCommand.Create(stdout, stderr),
        };
        root.Description += Environment.NewLine + Environment.NewLine + ExitCodes.Help;

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"papernb: {error.Message}");
            stderr.WriteLine("Try 'papernb --help'.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return result.Invoke(configuration);
        }
        catch (Exception e)
        {
            stderr.WriteLine($"papernb: unexpected error: {e.Message} (this is a bug in papernb; please report it)");
            if (Environment.GetEnvironmentVariable("PAPERNB_DEBUG") == "1") stderr.WriteLine(e);
            return ExitCodes.Internal;
        }
    }
}
