using System.Runtime.InteropServices;

namespace PaperNotebooks.Search;

/// <summary>
/// Lowers the scheduling priority of the calling thread (Linux: nice 5 for that thread alone, about a third of a contended core), so that work done in
/// the background, such as indexing right after a load, yields the cores to the notebook's next cells and still
/// uses them when they are idle. .NET ignores <see cref="Thread.Priority"/> on Linux. Elsewhere, or when the call
/// fails, nothing changes.
/// </summary>
internal static partial class BackgroundPriority
{
    private const int ProcessWhich = 0; // PRIO_PROCESS: with a thread id, that thread
    private const int Nice = 5;

    public static void Lower()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = SetPriority(ProcessWhich, ThreadId(), Nice);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library: the thread keeps its priority.
        }
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int ThreadId();

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);
}
