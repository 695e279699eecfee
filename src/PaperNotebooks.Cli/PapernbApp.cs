using System.CommandLine;
using PaperNotebooks.Cli.Commands;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli;

/// <summary>The papernb command line: builds the commands and maps outcomes to exit codes.</summary>
internal static class PapernbApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null)
    {
        // Parsing runs option parsers and validators, so it is inside the handler too: nothing a user types may
        // end papernb with a stack trace.
        try
        {
            var result = CreateRoot(new CommandIO(stdout, stderr, stdin ?? Console.OpenStandardInput)).Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors) stderr.WriteLine($"papernb: {Excerpt.Of(error.Message, 200)}");
                stderr.WriteLine("Try 'papernb --help'.");
                return ExitCodes.Usage;
            }
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            stderr.WriteLine($"papernb: unexpected error: {Excerpt.Of(e.Message, 200)} (this is a bug in papernb; please report it)");
            if (Environment.GetEnvironmentVariable("PAPERNB_DEBUG") == "1") stderr.WriteLine(e);
            return ExitCodes.Internal;
        }
    }

    public static RootCommand CreateRoot(CommandIO io)
    {
        var root = new RootCommand("papernb: read paper listings into typed papers, export them and summarise them.")
        {
            ParseCommand.Create(io),
            StatsCommand.Create(io),
            RunCommand.Create(io),
            RunOneCommand.Create(io),
            ShareCommand.Create(io),
            TopicsCommand.Create(io),
        };
        root.Description += Environment.NewLine + Environment.NewLine + ExitCodes.Help;
        return root;
    }
}
