namespace PaperNotebooks.Search;

/// <summary>
/// Work a person is waiting for, such as a notebook cell drawing a chart: while one is held, the search indexes that
/// build in the background right after a load wait between documents, so that the cell has the cores, the memory
/// bandwidth and the collector to itself; they go on when the last hold ends (or after 20 s, a guard). Not for work
/// that itself waits for an index to be built: that would wait for the guard.
/// </summary>
public static class ForegroundWork
{
    /// <summary>Holds background indexing until the result is disposed. Holds nest.</summary>
    public static IDisposable Hold() => BackgroundPriority.Pause();
}
