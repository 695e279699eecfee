using PaperNotebooks.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using PaperNotebooks.Interactive.Formatters;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper</c> alone, or <c>#!paper help [&lt;subcommand&gt;]</c>.</summary>
public sealed class ShowPaperHelp : PaperDirectiveCommand
{
    /// <summary>The subcommand to explain; null for all.</summary>
    public string? Topic { get; set; }
}

/// <summary>Shows the usage; also where an unknown subcommand lands, since .NET Interactive hands it to bare <c>#!paper</c>.</summary>
internal sealed class HelpSubcommand : PaperSubcommand<ShowPaperHelp>
{
    public override SubcommandSpec Spec { get; } = new(
        "help", "This help, or the help of one subcommand.",
        [new("--topic", "<subcommand>", "the subcommand to explain", Implicit: true, Values: _ => PaperGrammar.SubcommandNames)],
        ["#!paper help", "#!paper help list"]);

    /// <summary>The same handler serves bare <c>#!paper</c>, whose line has no subcommand to check.</summary>
    protected override bool ReadsLineItself => true;

    protected override Task HandleAsync(ShowPaperHelp command, SubcommandCall call) => ShowAsync(command, call.Context);

    public static Task ShowAsync(ShowPaperHelp command, KernelInvocationContext context)
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
            var words = line.Check(PaperGrammar.Find("help")!);
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
