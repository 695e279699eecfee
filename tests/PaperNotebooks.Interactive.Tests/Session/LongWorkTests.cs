using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>A directive's long step: off the cell's thread and context, and off the thread pool the kernel runs on.</summary>
public sealed class LongWorkTests
{
    private static readonly AsyncLocal<string> CellContext = new();

    [Fact]
    public async Task A_long_step_runs_on_a_thread_of_its_own_without_the_cells_context()
    {
        CellContext.Value = "the cell's";

        var (poolThread, context) = await LongWork.RunAsync(() => (Thread.CurrentThread.IsThreadPoolThread, CellContext.Value), CancellationToken.None);

        Assert.False(poolThread, "a step that takes seconds held a thread-pool thread");
        Assert.Null(context);
    }

    [Fact]
    public async Task An_interrupted_cell_stops_waiting_for_its_step_at_once()
    {
        using var interrupt = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();
        var waiting = LongWork.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), interrupt.Token);

        interrupt.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        release.Set();
    }
}
