namespace PaperNotebooks.Interactive.Session;

/// <summary>
/// Runs the library's long steps (reading a listing, building the search index, finding key phrases) so that an
/// interrupted cell ends at once: the step runs on the thread pool, and the cell stops waiting for it when the
/// kernel's cancellation token fires. A step that observes the token itself (the reader) then stops too; one that
/// does not finishes in the background and its result is dropped. Either way the kernel takes the next cell.
/// </summary>
internal static class LongWork
{
    public static async Task<T> RunAsync<T>(Func<T> step, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return await Task.Run(step, cancellation).WaitAsync(cancellation);
    }
}
