using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace PaperNotebooks.Search;

/// <summary>
/// Lowers the scheduling priority of threads doing background work (Linux: nice 5 for the thread alone, about a third
/// of a contended core), such as indexing right after a load, so that they yield the cores to the notebook's next
/// cells and still use them when they are idle; and gives them their priority back when someone waits for their work
/// (<see cref="Hurry"/>), so that a busy machine does not starve a search that waits for its index. .NET ignores
/// <see cref="Thread.Priority"/> on Linux. Elsewhere, or when a call fails (raising a priority again needs the right
/// to, which root has), nothing changes.
/// </summary>
internal static partial class BackgroundPriority
{
    private const int ProcessWhich = 0; // PRIO_PROCESS: with a thread id, that thread
    private const int Nice = 5;

    // The lowered threads still working, with the nice value each had.
    private static readonly ConcurrentDictionary<int, int> Lowered = new();

    /// <summary>Lowers the calling thread's priority until <paramref name="work"/> returns, then gives it back (where
    /// the thread may raise it again: root may; others keep the thread lowered, which is why long background work
    /// runs on a thread of its own, <see cref="Start"/>).</summary>
    public static void Run(Action work)
    {
        var (thread, nice) = Lower();
        try
        {
            work();
        }
        finally
        {
            if (thread != 0)
            {
                Lowered.TryRemove(thread, out _);
                Set(thread, nice);
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="work"/> at the background's priority (<see cref="Run"/>) on a thread of its own, without
    /// the caller's execution context. Work that takes seconds must not hold a thread-pool thread: a notebook kernel
    /// keeps one pool thread blocked in its message loop between cells, the pool keeps as few threads as there are
    /// cores, and it adds none while the cores are busy, which background work keeps them; a second pool thread held
    /// left the next cell waiting until the work ended (2.4 s after a 200,000-paper load, while its index was built).
    /// </summary>
    public static Task Start(Action work)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Factory.StartNew(() => Run(work), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private static readonly Lock PauseLock = new();
    private static readonly ManualResetEventSlim Unpaused = new(initialState: true);
    private static int _pauses;

    /// <summary>How long background work waits for a pause to end before it goes on anyway (a guard, not a schedule).</summary>
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Holds background work (<see cref="WaitWhilePaused"/>) until the result is disposed: work someone waits for now,
    /// such as a search reading the papers while the index is built, then has the cores, the memory bandwidth and the
    /// collector to itself, instead of sharing them with a lower-priority thread that still allocates and takes a
    /// quarter of each core. Pauses nest; the work goes on when the last one ends.
    /// </summary>
    public static IDisposable Pause()
    {
        lock (PauseLock)
        {
            if (_pauses++ == 0) Unpaused.Reset();
        }
        return new PauseScope();
    }

    /// <summary>Called by background work between its steps: returns at once unless paused, else when the pause ends
    /// (or after <see cref="LongestPause"/>).</summary>
    public static void WaitWhilePaused()
    {
        if (Volatile.Read(ref _pauses) > 0) Unpaused.Wait(LongestPause);
    }

    private sealed class PauseScope : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0) return;
            lock (PauseLock)
            {
                if (--_pauses == 0) Unpaused.Set();
            }
        }
    }

    /// <summary>Gives every lowered thread still working its normal priority back.</summary>
    public static void Hurry()
    {
        foreach (var (thread, nice) in Lowered) Set(thread, nice);
    }

    /// <summary><see cref="Hurry"/>, unless the calling thread is lowered itself: background work that waits for other
    /// background work (an index waiting for the texts' seal) waits at the priority they share.</summary>
    public static void HurryForForeground()
    {
        if (Lowered.IsEmpty || (OperatingSystem.IsLinux() && IsLowered())) return;
        Hurry();
    }

    private static bool IsLowered()
    {
        try
        {
            return Lowered.ContainsKey(ThreadId());
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // The thread lowered (0 if none) and the nice value it had.
    private static (int Thread, int Nice) Lower()
    {
        if (!OperatingSystem.IsLinux()) return (0, 0);
        try
        {
            int thread = ThreadId();
            int nice = GetPriority(ProcessWhich, thread);
            if (!Set(thread, Math.Min(nice + Nice, 19))) return (0, 0);
            Lowered[thread] = nice;
            return (thread, nice);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return (0, 0); // an old C library: the thread keeps its priority
        }
    }

    private static bool Set(int thread, int nice)
    {
        try
        {
            return SetPriority(ProcessWhich, thread, nice) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int ThreadId();

    [LibraryImport("libc", EntryPoint = "getpriority")]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);
}
