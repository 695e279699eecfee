using System.Diagnostics;
using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>
/// A <c>#!paper</c> line as .NET Interactive hands it to its handler. It knows when the kernel took its cell in: .NET
/// Interactive makes it while splitting the cell into commands, before it schedules them, and its Cancel ends only the
/// command it is running, not one still being split or queued. An interrupt that comes after the cell was taken in but
/// before the handler starts is therefore this command's, and the handler ends at once
/// (<see cref="Session.PaperSession.InterruptedSince"/>).
/// </summary>
public abstract class PaperDirectiveCommand : KernelDirectiveCommand
{
    /// <summary>When the command was made (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    internal long TakenInAt { get; } = Stopwatch.GetTimestamp();
}
