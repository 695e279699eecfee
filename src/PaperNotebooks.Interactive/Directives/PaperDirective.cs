using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using PaperNotebooks.Interactive.Completions;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Text;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>Builds <c>#!paper</c> and its subcommands from <see cref="PaperGrammar.All"/> and adds them to a kernel.</summary>
internal static class PaperDirective
{
    public static void AddTo(Kernel kernel, PaperSession session)
    {
        var root = new KernelActionDirective(PaperGrammar.DirectiveName)
        {
            Description = $"Load, explore and chart paper listings: {string.Join(", ", PaperGrammar.SubcommandNames)}.",
        };
        var directives = PaperGrammar.All.Select(s => (Subcommand: s, Directive: Directive(s.Spec, session))).ToArray();
        foreach (var (_, directive) in directives) root.Subcommands.Add(directive);

        // Bare #!paper (and an unknown subcommand, which .NET Interactive hands to it) shows help.
        kernel.AddDirective<ShowPaperHelp>(root, Guarded<ShowPaperHelp>("", HelpSubcommand.ShowAsync));
        foreach (var (subcommand, directive) in directives) subcommand.AddTo(kernel, directive, session);
    }

    private static KernelActionDirective Directive(SubcommandSpec spec, PaperSession session)
    {
        var directive = new KernelActionDirective(spec.Name, spec.Summary);
        foreach (var parameter in spec.Parameters) directive.Parameters.Add(PaperCompletions.Parameter(parameter, session));
        return directive;
    }

    /// <summary>
    /// Every handler runs inside this, so that no <c>#!paper</c> line ever ends in a stack trace: a mistake fails the cell
    /// with its message alone, an interrupt with "cancelled", and anything unforeseen (a bug) with one line that names
    /// the subcommand and the exception. The kernel goes on either way.
    /// </summary>
    internal static Func<T, KernelInvocationContext, Task> Guarded<T>(string subcommand, Func<T, KernelInvocationContext, Task> handle)
        where T : KernelCommand =>
        async (command, context) =>
        {
            try
            {
                await handle(command, context);
            }
            catch (Exception e)
            {
                context.Fail(command, message: FailureMessage(subcommand, e));
            }
        };

    /// <summary>The one line a failed <c>#!paper</c> line shows.</summary>
    internal static string FailureMessage(string subcommand, Exception e)
    {
        string line = (PaperGrammar.DirectiveName + " " + subcommand).TrimEnd();
        return e switch
        {
            PaperCommandException => e.Message,
            OperationCanceledException => $"'{line}' was cancelled.",
            _ => $"'{line}' failed: {e.GetType().Name}: {Excerpt.Of(e.Message.Split('\n', 2)[0].Trim(), 200)} (this is a bug in PaperNotebooks; please report it with the line that caused it).",
        };
    }
}
