using Microsoft.DotNet.Interactive;
using PaperNotebooks.Interactive.Session;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>What a subcommand's handler works with: the session, the cell's context, and the free words of the line.</summary>
internal sealed class SubcommandCall(PaperSession session, KernelInvocationContext context, IReadOnlyList<string> words, CancellationToken cancellation)
{
    public PaperSession Session { get; } = session;

    public KernelInvocationContext Context { get; } = context;

    /// <summary>Values typed without a name (the title words of <c>show</c>); empty when the line was not seen.</summary>
    public IReadOnlyList<string> Words { get; } = words;

    /// <summary>Cancelled by the cell's cancellation or, at once, by an interrupt (<see cref="PaperSession.Interrupted"/>).</summary>
    public CancellationToken CancellationToken { get; } = cancellation;

    /// <summary>The collection <c>--from</c> names, or the one loaded last.</summary>
    public Task<(string Name, PaperCollection Papers)> PapersAsync(string? from) => Session.ResolveAsync(from, Context);

    /// <summary>The collection <c>--from</c> names, filtered, with a caption when filters or <c>--from</c> were given.</summary>
    public Task<ChartSelection> SelectAsync(PaperFilterCommand command) => ChartSelection.ResolveAsync(command, Session, Context);

    public void Display(object value) => Context.Display(value);
}
