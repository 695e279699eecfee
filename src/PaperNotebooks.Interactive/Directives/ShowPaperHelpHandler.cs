using PaperNotebooks.Text;
using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Formatters;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Shows the usage; also where an unknown subcommand lands, since .NET Interactive hands it to bare <c>#!paper</c>.</summary>
internal static class ShowPaperHelpHandler
{
    public static Task HandleAsync(ShowPaperHelp command, KernelInvocationContext context)
    {
        var line = DirectiveLine.Of(command);
        if (line is { Subcommand: null, UnknownSubcommand: { } typo })
        {
            throw new PaperCommandException(
                $"Unknown subcommand {PaperCommandException.Quote(typo)}." + NearestName.Hint(typo, PaperGrammar.SubcommandNames) +
                $" Subcommands: {string.Join(", ", PaperGrammar.SubcommandNames)}.");
        }

        string? topic = command.Topic;
        if (line is { Subcommand: "help" })
        {
            var words = line.Check(PaperGrammar.Help);
            topic = words.Count > 0 ? words[0] : topic;
        }

        IReadOnlyList<SubcommandSpec> shown = PaperGrammar.Subcommands;
        if (!string.IsNullOrWhiteSpace(topic))
        {
            shown = [PaperGrammar.Find(topic.Trim()) ?? throw new PaperCommandException(
                $"There is no subcommand {PaperCommandException.Quote(topic.Trim())}." + NearestName.Hint(topic.Trim(), PaperGrammar.SubcommandNames) +
                $" Subcommands: {string.Join(", ", PaperGrammar.SubcommandNames)}.")];
        }
        context.Display(new PaperHelp(shown));
        return Task.CompletedTask;
    }
}
