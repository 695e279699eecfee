using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// Makes Jupyter's Interrupt end the running cell instead of the kernel.
/// <para>
/// dotnet-interactive 1.0.712001 cannot be interrupted by Jupyter itself: with <c>"interrupt_mode": "message"</c> its
/// control channel answers only <c>shutdown_request</c> and ignores <c>interrupt_request</c>; with the default
/// <c>"signal"</c> the SIGINT Jupyter sends reaches the generic host's console lifetime, which shuts the kernel down.
/// The kernel launcher (<c>eng/install-e2e-prerequisites.sh</c>) therefore runs dotnet-interactive with SIGINT ignored
/// and passes each SIGINT on as SIGURG, which a process ignores unless it asks for it. This asks for it.
/// </para>
/// <para>
/// An interrupt sends the root kernel a <see cref="Cancel"/> (what Polyglot Notebooks' Stop button sends): the cell
/// ends with "Command cancelled." and its <see cref="KernelInvocationContext.CancellationToken"/> is cancelled, which
/// every <c>#!paper</c> subcommand observes. That is not enough for C# code that ignores the token: .NET Interactive
/// then waits for the abandoned submission before it completes any later command, so the kernel would hang. A C#
/// submission that is waiting (<c>Thread.Sleep</c>, <c>Task.Wait</c>, a lock) on any thread running its code (followed
/// through its awaits by an <see cref="AsyncLocal{T}"/>) is therefore also interrupted with <see cref="Thread.Interrupt"/>, which ends it with <see cref="ThreadInterruptedException"/>. A busy loop that never
/// waits cannot be stopped in .NET; it is left running, and the kernel must be restarted.
/// </para>
/// </summary>
internal sealed class KernelInterrupt
{
    /// <summary>How long an interrupt waits for a busy C# submission to reach a wait it can interrupt.</summary>
    private static readonly TimeSpan WaitingFor = TimeSpan.FromSeconds(5);

    private readonly Kernel _root;

    /// <summary>The C# submissions running, each with the threads that run its code right now.</summary>
    private readonly ConcurrentDictionary<KernelCommand, Submission> _submissions = new();

    /// <summary>
    /// The submission whose code a thread runs. Its change handler sees every thread enter and leave the submission's
    /// flow: the code may start on the thread the command arrived on, or on a pool thread after .NET Interactive
    /// awaited something first (it does under load), and may move between threads at each of its own awaits.
    /// </summary>
    private static readonly AsyncLocal<Submission?> Running = new(OnFlowChanged);

    private readonly Action _interrupted;

    /// <summary>
    /// The C# kernel's script state, which .NET Interactive replaces as soon as a submission's code has returned, before
    /// its own work on the result (the workspace, the value's formatting, publishing it), which may wait: a submission
    /// whose code has returned is not interrupted, though its thread waits. Read by name, since the package does not
    /// reference the C# kernel's assembly; null when the kernel has no such state.
    /// </summary>
    private readonly Func<object?>? _scriptState;

    private KernelInterrupt(Kernel root, Kernel? csharp, Action interrupted)
    {
        (_root, _interrupted) = (root, interrupted);
        var property = csharp?.GetType().GetProperty("ScriptState", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly);
        if (property is { CanRead: true } && property.GetIndexParameters().Length == 0) _scriptState = () => property.GetValue(csharp);
    }

    /// <summary>SIGURG: 23 on Linux, 16 on macOS and the BSDs.</summary>
    private static PosixSignal Urgent => (PosixSignal)(OperatingSystem.IsLinux() ? 23 : 16);

    /// <summary>Interrupts <paramref name="root"/>'s running cell on each SIGURG, until the kernel is disposed.</summary>
    /// <param name="interrupted">Told first, at once: #!paper commands stop on it without waiting for .NET Interactive's Cancel.</param>
    public static KernelInterrupt AttachTo(Kernel root, Kernel? csharp, Action interrupted)
    {
        var interrupt = new KernelInterrupt(root, csharp, interrupted);
        root.AddMiddleware(interrupt.TrackCell);
        csharp?.AddMiddleware(interrupt.TrackSubmission);
        if (!OperatingSystem.IsWindows()) interrupt.OnSignal();
        return interrupt;
    }

    private void OnSignal()
    {
        PosixSignalRegistration registration;
        try
        {
            registration = PosixSignalRegistration.Create(Urgent, context =>
            {
                context.Cancel = true;
                // A thread of its own: the interrupted work may be keeping the thread pool busy.
                new Thread(() => InterruptAsync().GetAwaiter().GetResult()) { IsBackground = true, Name = "PaperNotebooks interrupt" }.Start();
            });
        }
        catch (Exception e) when (e is PlatformNotSupportedException or IOException)
        {
            return;
        }
        _root.RegisterForDisposal(registration);
    }

    /// <summary>The cell the root kernel runs now (a submission without a parent), ended when it ends; null between cells.</summary>
    private RunningCell? _cell;

    private sealed class RunningCell
    {
        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private async Task TrackCell(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        if (command is not SubmitCode || command.Parent is not null)
        {
            await next(command, context);
            return;
        }
        var cell = new RunningCell();
        Volatile.Write(ref _cell, cell);
        Submission.TakeBackStrayInterrupt();
        try
        {
            await next(command, context);
        }
        finally
        {
            Interlocked.CompareExchange(ref _cell, null, cell);
            cell.Ended.TrySetResult();
        }
    }

    private async Task TrackSubmission(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        // Magic commands alone (#!paper ...) stop on the cancellation they observe; their threads are .NET
        // Interactive's and the thread pool's, and an interrupt meant for one of them that found it no longer waiting
        // would stay pending and break the next cell's wait on that thread.
        // Code a submission sends C# while it runs (the papers' references and variables, made when the cell names them:
        // PaperSession.DefineNamedAsync) is part of it: tracked on its own, its end would stop the tracking of the
        // threads the cell's code runs on, and an interrupt would then reach a thread that had moved on to other work.
        if (command is not SubmitCode submit || OnlyMagicCommands(submit.Code) || Running.Value is not null)
        {
            await next(command, context);
            // Code sent by a running submission (its variables) has changed the script state before the cell's own code runs.
            if (Running.Value is { } outer) outer.CodeStart = _scriptState?.Invoke();
            return;
        }
        var submission = new Submission { CodeStart = _scriptState?.Invoke() };
        _submissions[command] = submission;
        Running.Value = submission;
        submission.Enter(Thread.CurrentThread);
        try
        {
            await next(command, context);
        }
        finally
        {
            _submissions.TryRemove(command, out _);
            submission.Finish();
            submission.Leave(Thread.CurrentThread);
            Running.Value = null;
        }
    }

    private static bool OnlyMagicCommands(string code) =>
        code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).All(line => line.StartsWith("#!", StringComparison.Ordinal));

    private static void OnFlowChanged(AsyncLocalValueChangedArgs<Submission?> change)
    {
        // Set directly (above) the caller keeps count itself; here a thread switches flows.
        if (!change.ThreadContextChanged) return;
        change.PreviousValue?.Leave(Thread.CurrentThread);
        change.CurrentValue?.Enter(Thread.CurrentThread);
    }

    /// <summary>
    /// Cancels the running command; a C# submission that ignores the cancellation is also interrupted once it waits.
    /// A C# submission that never waits within <see cref="WaitingFor"/> is left running, not cancelled: the cell
    /// would say "cancelled" while every later cell waited behind it.
    /// </summary>
    public async Task InterruptAsync()
    {
        // .NET Interactive's Cancel ends whatever command runs when it arrives: sent after the interrupted cell had ended,
        // it would fail the next cell at once ("Command cancelled."), which a notebook run sends as soon as this one ends.
        // So it is sent only while the cell that ran at the interrupt still runs.
        var cell = Volatile.Read(ref _cell);
        // Only the C# code running now is this interrupt's: a submission that starts while it waits (the next cell, which
        // a notebook run sends once this one has ended) is not interrupted, though it may wait too (Roslyn compiling it).
        var targets = _submissions.Values.ToArray();
        _interrupted();
        if (cell is null) return;   // between cells; a #!paper command taken in just before ends on its own (InterruptedSince)
        var deadline = DateTime.UtcNow + WaitingFor;
        if (targets.Length == 0)
        {
            // No C# code runs: #!paper commands end at once on the interrupt; what still runs after a moment (a command of
            // another kernel's, a package restore) gets the Cancel.
            if (await Ended(cell, CommandsEnding)) return;
        }
        while (targets.Any(s => !Returned(s)) && !targets.Any(s => !Returned(s) && s.IsWaiting))
        {
            if (DateTime.UtcNow > deadline || cell.Ended.Task.IsCompleted) return;
            await Task.Delay(20);
        }
        // The C# code ended on its own as the interrupt came: its cell ends with it, once .NET Interactive has done with
        // the result (which, beside other busy work, took half a second and waited).
        if (targets.Length > 0 && targets.All(Returned) && await Ended(cell, Max(deadline - DateTime.UtcNow, CommandsEnding))) return;
        if (cell.Ended.Task.IsCompleted) return;

        // Not awaited: .NET Interactive completes the Cancel only once the abandoned submission has ended.
        _ = _root.SendAsync(new Cancel());
        while (targets.Any(s => !s.HasEnded) && DateTime.UtcNow < deadline)
        {
            // First the Cancel, so that the cell says "Command cancelled." rather than how the thread was interrupted.
            await Task.Delay(50);
            foreach (var submission in targets)
            {
                if (!Returned(submission)) submission.InterruptIfWaiting();
            }
        }
    }

    /// <summary>Whether the submission's code has returned: ended, or the script state replaced since it started.</summary>
    private bool Returned(Submission submission) =>
        submission.HasEnded || (_scriptState is { } state && !ReferenceEquals(state(), submission.CodeStart));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>How long a cell without C# code running is given to end on the interrupt before it is sent a Cancel.</summary>
    private static readonly TimeSpan CommandsEnding = TimeSpan.FromSeconds(1);

    private static async Task<bool> Ended(RunningCell cell, TimeSpan within)
    {
        try
        {
            await cell.Ended.Task.WaitAsync(within);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// A running C# submission and the threads running its code, interrupted at most once and only while it runs:
    /// should the code finish between the check that it waits and the interrupt, the thread takes back the interrupt it
    /// was left, so that the interrupt cannot land in .NET Interactive's own waits later.
    /// </summary>
    private sealed class Submission
    {
        private const int Going = 0, Finished = 1, Interrupting = 2, Interrupted = 3;
        private readonly ConcurrentDictionary<Thread, int> _threads = new();
        private int _state;
        private Thread? _interrupted;

        /// <summary>Threads interrupted whose interrupt may still be pending: <see cref="Thread.Interrupt"/> on a thread that
        /// was waiting when looked at but had moved on by then stays pending until its next wait, which may be a later
        /// cell's (Roslyn compiling the next cell failed with ThreadInterruptedException in WaitForWorkers).</summary>
        private static readonly ConcurrentDictionary<Thread, byte> Strays = new();

        public void Enter(Thread thread)
        {
            // A thread that starts running a cell's code takes back an interrupt meant for an earlier one, left pending.
            if (Volatile.Read(ref _state) == Going) TakeBackStrayInterrupt();
            _threads.AddOrUpdate(thread, 1, (_, count) => count + 1);
        }

        /// <summary>Clears the current thread's pending interrupt, if one was left to it.</summary>
        public static void TakeBackStrayInterrupt()
        {
            if (Strays.IsEmpty || !Strays.TryRemove(Thread.CurrentThread, out _)) return;
            try
            {
                Thread.Sleep(0);
            }
            catch (ThreadInterruptedException)
            {
                // The interrupt meant for code that had ended or moved on.
            }
        }

        public void Leave(Thread thread)
        {
            if (_threads.AddOrUpdate(thread, 0, (_, count) => count - 1) <= 0) _threads.TryRemove(thread, out _);
        }

        private Thread? Waiting => _threads.Keys.FirstOrDefault(t => (t.ThreadState & ThreadState.WaitSleepJoin) != 0);

        public bool IsWaiting => Waiting is not null;

        public void InterruptIfWaiting()
        {
            if (Waiting is not { } thread || Interlocked.CompareExchange(ref _state, Interrupting, Going) != Going) return;
            _interrupted = thread;
            Strays[thread] = 0;
            thread.Interrupt();
            Volatile.Write(ref _state, Interrupted);
        }

        private bool _ended;

        /// <summary>The C# kernel's script state when the submission's own code started (<see cref="_scriptState"/>).</summary>
        public object? CodeStart { get; set; }

        /// <summary>Whether its code has ended (<see cref="Finish"/>).</summary>
        public bool HasEnded => Volatile.Read(ref _ended);

        public void Finish()
        {
            Volatile.Write(ref _ended, true);
            if (Interlocked.CompareExchange(ref _state, Finished, Going) == Going) return;
            SpinWait.SpinUntil(() => Volatile.Read(ref _state) == Interrupted);
            if (Thread.CurrentThread != _interrupted) return;
            try
            {
                Thread.Sleep(0);
            }
            catch (ThreadInterruptedException)
            {
                // The interrupt meant for the code, which had ended already.
            }
        }
    }
}
