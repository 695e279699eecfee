namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// Runs the library's long steps (reading a listing, building the search index, finding key phrases) so that an
/// interrupted cell ends at once: the step runs on a thread of its own, and the cell stops waiting for it when the
/// kernel's cancellation token fires. Not on the thread pool: the pool keeps as few threads as there are cores and
/// adds none while they are busy, which a long step keeps them; a pool thread held for seconds leaves the kernel's
/// own work (its messages, the cell's outputs) one thread short, or none. A step that observes the token itself
/// (the reader) then stops too; one that does not finishes in the background and its result is dropped. Either way
/// the kernel takes the next cell.
/// The step runs without the cell's execution context: its threads (and the pool threads a parallel step fans out to)
/// are not the cell's, so <see cref="KernelInterrupt"/> never interrupts one of them with Thread.Interrupt, which on a
/// pool thread not blocked at that instant would stay pending and break whatever work that thread runs next.
/// </summary>
internal static class LongWork
{
    public static async Task<T> RunAsync<T>(Func<T> step, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        Task<T> running;
        using (ExecutionContext.SuppressFlow())
        {
            running = Task.Factory.StartNew(step, cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        return await running.WaitAsync(cancellation);
    }
}
