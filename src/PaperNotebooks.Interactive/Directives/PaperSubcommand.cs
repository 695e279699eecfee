using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Search;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// One subcommand of <c>#!paper</c>: its <see cref="Spec"/> (name, summary, parameters with their completions, examples)
/// and its handler. <see cref="PaperGrammar.All"/> lists them; <see cref="PaperDirective"/> registers each from there.
/// </summary>
internal abstract class PaperSubcommand
{
    public abstract SubcommandSpec Spec { get; }

    /// <summary>Binds <paramref name="directive"/> to this subcommand's command type and handler.</summary>
    public abstract void AddTo(Kernel kernel, KernelActionDirective directive, PaperSession session);
}

/// <summary>
/// A subcommand bound to its command type, as dotnet/interactive's <c>ConnectKernelDirective&lt;T&gt;</c>. The base does
/// what every handler used to open with: it checks the typed line against <see cref="PaperSubcommand.Spec"/> (unknown or
/// repeated parameters, stray words) and hands the handler a <see cref="SubcommandCall"/> that resolves <c>--from</c>.
/// </summary>
internal abstract class PaperSubcommand<TCommand> : PaperSubcommand where TCommand : PaperDirectiveCommand
{
    /// <summary>Whether the handler reads the typed line itself (the query of <c>search</c>), so the base leaves it alone.</summary>
    protected virtual bool ReadsLineItself => false;

    /// <summary>Whether the handler may wait for a search index (<c>search</c>, <c>similar</c>). Every other subcommand
    /// holds the background indexing while it runs (<see cref="ForegroundWork"/>): the cell someone waits for has the
    /// machine, and indexing goes on between cells.</summary>
    protected virtual bool MayWaitForIndex => false;

    public sealed override void AddTo(Kernel kernel, KernelActionDirective directive, PaperSession session) =>
        kernel.AddDirective<TCommand>(directive, PaperDirective.Guarded<TCommand>(Spec.Name, async (command, context) =>
        {
            var words = ReadsLineItself ? null : DirectiveLine.Of(command)?.Check(Spec);
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, session.InterruptToken);
            // An interrupt after the kernel took the cell in, while .NET Interactive was still splitting or queuing it,
            // found no command running: it was for this one.
            if (session.InterruptedSince(command.TakenInAt)) cancellation.Cancel();
            cancellation.Token.ThrowIfCancellationRequested();
            using var foreground = MayWaitForIndex ? null : ForegroundWork.Hold();
            await HandleAsync(command, new SubcommandCall(session, context, words ?? [], cancellation.Token));
        }));

    protected abstract Task HandleAsync(TCommand command, SubcommandCall call);
}
