using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>An interrupt (Jupyter's, passed on as a <see cref="Cancel"/> command) ends the running cell with one line;
/// the kernel and its variables go on.</summary>
public sealed class InterruptTests : IDisposable
{
    private readonly PaperKernel _kernel = new();

    public void Dispose() => _kernel.Dispose();

    /// <summary>A listing of <paramref name="count"/> small papers in a new folder: seconds to load at 300,000.</summary>
    private static async Task<(string Folder, string Listing)> ManyPapersAsync(int count)
    {
        string folder = Directory.CreateTempSubdirectory("papernb-interrupt-").FullName;
        string listing = Path.Combine(folder, "many.txt");
        await File.WriteAllLinesAsync(listing, Enumerable.Range(0, count).SelectMany(i => new[]
        {
            $"LGJan {1 + i % 28}, {2015 + i % 10}",
            $"Study {i} of scalable widgets {i % 977}Ann Author{i % 5000}, Bob Writer{i % 3000}",
            $"We study widgets number {i} with methods {i % 131} and results {i % 71}.",
        }));
        return (folder, listing);
    }

    [Theory]
    [InlineData("while (true) System.Threading.Thread.Sleep(100);")]
    // After the await the code goes on on a pool thread, not the one the command arrived on.
    [InlineData("await System.Threading.Tasks.Task.Delay(50); while (true) System.Threading.Thread.Sleep(100);")]
    public async Task Interrupting_a_sleeping_CSharp_cell_ends_it_and_the_variables_defined_before_survive(string cell)
    {
        await _kernel.RunAsync("var before = 41 + 1;");

        var running = _kernel.SubmitAsync(cell);
        await Task.Delay(1500);
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var cancelled = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("cancelled", cancelled.Events.OfType<CommandFailed>().Single().Message);
        var after = await _kernel.SubmitAsync("before").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(42, PaperKernel.ReturnValue<int>(after));
    }

    [Fact]
    public async Task Interrupting_a_long_paper_command_cancels_it_at_once()
    {
        var (folder, listing) = await ManyPapersAsync(300_000);

        // The load's threads are busy parsing, never waiting: the cell is cancelled without waiting for them to wait.
        var running = _kernel.SubmitAsync($"#!paper load \"{listing}\" --name many");
        await Task.Delay(500);
        var interrupted = DateTime.UtcNow;
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var cancelled = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("cancelled", Assert.Single(cancelled.Events.OfType<CommandFailed>()).Message);
        Assert.True(DateTime.UtcNow - interrupted < TimeSpan.FromSeconds(3), $"the cell ended {DateTime.UtcNow - interrupted} after the interrupt");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Interrupting_a_paper_command_sends_no_Cancel_that_could_fail_the_next_cell()
    {
        var (folder, listing) = await ManyPapersAsync(300_000);
        await _kernel.RunAsync("var before = 41 + 1;");
        var cancels = new List<KernelEvent>();
        // .NET Interactive's Cancel ends whatever runs when it arrives: after a #!paper command that ended on the
        // interrupt, that is the next cell (a notebook run sends it at once; in Jupyter it failed with "Command cancelled.").
        using var watch = _kernel.Kernel.KernelEvents.Subscribe(e => { if (e.Command is Cancel) lock (cancels) cancels.Add(e); });

        var running = _kernel.SubmitAsync($"#!paper load \"{listing}\" --name many");
        await Task.Delay(500);
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var cancelled = await running.WaitAsync(TimeSpan.FromSeconds(30));
        var after = await _kernel.SubmitAsync("System.Threading.Thread.Sleep(300); before").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("cancelled", Assert.Single(cancelled.Events.OfType<CommandFailed>()).Message);
        Assert.Empty(after.Events.OfType<CommandFailed>());
        Assert.Equal(42, PaperKernel.ReturnValue<int>(after));
        lock (cancels) Assert.Empty(cancels);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_busy_CSharp_cell_that_ends_on_its_own_after_an_interrupt_gets_no_Cancel_that_could_fail_the_next_cell()
    {
        await _kernel.RunAsync("var before = 41 + 1;");
        var cancels = new List<KernelEvent>();
        using var watch = _kernel.Kernel.KernelEvents.Subscribe(e => { if (e.Command is Cancel) lock (cancels) cancels.Add(e); });

        // Never waits, so the interrupt finds nothing to interrupt; the code ends by itself a moment later. The interrupt
        // comes once the loop runs (one that came while C# still compiled the cell would rightly cancel it).
        var running = _kernel.SubmitAsync(BusyCell(out string started));
        await StartedAsync(started);
        await Task.Delay(300);
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var ended = await running.WaitAsync(TimeSpan.FromSeconds(30));
        var after = await _kernel.SubmitAsync("System.Threading.Thread.Sleep(300); before").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(ended.Events.OfType<CommandFailed>());
        Assert.Empty(after.Events.OfType<CommandFailed>());
        Assert.Equal(42, PaperKernel.ReturnValue<int>(after));
        lock (cancels) Assert.Empty(cancels);
    }

    [Fact]
    public async Task A_busy_CSharp_cell_that_ends_on_its_own_beside_busy_cores_gets_no_Cancel_while_its_result_is_handled()
    {
        // With the cores busy, .NET Interactive's own work on the cell's result (after the code returned) took half a second
        // and waited on its thread, which the interrupt took for the code waiting: it sent the cell a Cancel, and
        // interrupted .NET Interactive's wait.
        await _kernel.RunAsync("var before = 41 + 1;");
        var cancels = new List<KernelEvent>();
        using var watch = _kernel.Kernel.KernelEvents.Subscribe(e => { if (e.Command is Cancel) lock (cancels) cancels.Add(e); });
        using var busy = new CancellationTokenSource();
        var spinners = Enumerable.Range(0, 2 * Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(() => { while (!busy.IsCancellationRequested) { } }, TaskCreationOptions.LongRunning))
            .ToArray();
        try
        {
            var running = _kernel.SubmitAsync(BusyCell(out string started));
            await StartedAsync(started);
            await Task.Delay(300);
            await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
            var ended = await running.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Empty(ended.Events.OfType<CommandFailed>());
        }
        finally
        {
            busy.Cancel();
            await Task.WhenAll(spinners);
        }
        var after = await _kernel.SubmitAsync("before").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(42, PaperKernel.ReturnValue<int>(after));
        lock (cancels) Assert.Empty(cancels);
    }

    /// <summary>A cell that writes the file <paramref name="started"/> names once its code runs, then is busy for 1.5 s
    /// without waiting, and returns 1.</summary>
    private static string BusyCell(out string started)
    {
        started = Path.Combine(Path.GetTempPath(), $"busy-cell-{Guid.NewGuid():N}");
        return $"System.IO.File.WriteAllText(@\"{started}\", \"\"); var watch = System.Diagnostics.Stopwatch.StartNew(); while (watch.ElapsedMilliseconds < 1500) {{ }} 1";
    }

    private static async Task StartedAsync(string started)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(started) && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(10);
        Assert.True(File.Exists(started), "the busy cell never started");
        File.Delete(started);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(100)]
    public async Task An_interrupt_that_comes_before_a_paper_command_starts_still_cancels_it(int delayMs)
    {
        var (folder, listing) = await ManyPapersAsync(100_000);
        await _kernel.RunAsync("var before = 41 + 1;");
        // A first load leaves work going on in the background (its search index, its texts' seal), which can keep .NET
        // Interactive from starting the next command before the interrupt arrives.
        await _kernel.RunAsync($"#!paper load \"{listing}\" --name first");

        // Jupyter's interrupt can arrive once the kernel has taken the cell in but before the command's own code runs (.NET
        // Interactive still splitting the cell into commands, or queuing them): the cell must still end cancelled.
        var running = _kernel.SubmitAsync($"#!paper load \"{listing}\" --name many");
        if (delayMs > 0) await Task.Delay(delayMs);
        var interrupted = DateTime.UtcNow;
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var cancelled = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("cancelled", Assert.Single(cancelled.Events.OfType<CommandFailed>()).Message);
        Assert.True(DateTime.UtcNow - interrupted < TimeSpan.FromSeconds(3), $"the cell ended {DateTime.UtcNow - interrupted} after the interrupt");
        var after = await _kernel.SubmitAsync("before").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(42, PaperKernel.ReturnValue<int>(after));
        // A search waits for the first load's index: no work of this test goes on after it.
        Assert.Empty((await _kernel.SubmitAsync("#!paper search widgets --from first --top 1").WaitAsync(TimeSpan.FromSeconds(60))).Events.OfType<CommandFailed>());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Interrupting_semantic_topics_while_they_embed_ends_the_cell_at_once_and_keeps_the_vectors_done()
    {
        string folder = Directory.CreateTempSubdirectory("papernb-interrupt-topics-").FullName;
        string listing = Path.Combine(folder, "many.txt");
        // Distinct abstracts, so that none is cached: 3,000 of them take several seconds to embed on two cores.
        await File.WriteAllLinesAsync(listing, Enumerable.Range(0, 3_000).SelectMany(i => new[]
        {
            $"LGJan {1 + i % 28}, {2015 + i % 10}",
            $"Study {i} of scalable widgets {i % 977}Ann Author{i % 50}, Bob Writer{i % 30}",
            $"We study widgets number {i} with methods {i % 131}, a sample of {i * 7 % 1000} and results {i % 71} on {i % 13} machines.",
        }));
        using var kernel = new PaperKernel(options: new PaperExtensionOptions { CacheFolder = folder });
        await kernel.RunAsync($"#!paper load \"{listing}\" --name many");

        var running = kernel.SubmitAsync("#!paper topics --model semantic --k 5");
        // Interrupted once the first cache pack (256 of the 3,000 vectors) is written, however busy the machine: a fixed
        // wait sometimes came before the model had even loaded.
        string embeddings = Path.Combine(folder, "embeddings");
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(120) && !running.IsCompleted; await Task.Delay(50))
        {
            if (Directory.Exists(embeddings) && Directory.GetFiles(embeddings, "*.vec", SearchOption.AllDirectories).Length > 0) break;
        }
        Assert.False(running.IsCompleted, "the topics ended before a vector was written");
        var interrupted = DateTime.UtcNow;
        await PaperKernelExtension.SessionOf(kernel.Kernel)!.Interrupt!.InterruptAsync();
        var cancelled = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("cancelled", Assert.Single(cancelled.Events.OfType<CommandFailed>()).Message);
        Assert.True(DateTime.UtcNow - interrupted < TimeSpan.FromSeconds(3), $"the cell ended {DateTime.UtcNow - interrupted} after the interrupt");
        // The embedding stops between batches and keeps what it finished in whole cache packs.
        await Task.Delay(2000);
        Assert.NotEmpty(Directory.GetFiles(embeddings, "*.vec", SearchOption.AllDirectories));
        Assert.Equal(3_000, PaperKernel.ReturnValue<int>(await kernel.RunAsync("many.Count")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_interrupt_while_no_cell_runs_leaves_the_next_cell_alone()
    {
        await _kernel.RunAsync("var before = 41 + 1;");

        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        await Task.Delay(200);
        var after = await _kernel.SubmitAsync("System.Threading.Thread.Sleep(300); before").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(after.Events.OfType<CommandFailed>());
        Assert.Equal(42, PaperKernel.ReturnValue<int>(after));
    }

    [Fact]
    public async Task An_interrupt_while_no_cell_runs_leaves_the_next_paper_command_alone()
    {
        await PaperKernelExtension.SessionOf(_kernel.Kernel)!.Interrupt!.InterruptAsync();
        var after = await _kernel.SubmitAsync("#!paper load --name seed").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(after.Events.OfType<CommandFailed>());
        Assert.True(PaperKernel.ReturnValue<int>(await _kernel.RunAsync("seed.Count")) > 0);
    }

    [Theory]
    [InlineData(typeof(OperationCanceledException))]
    [InlineData(typeof(TaskCanceledException))]
    public void A_cancelled_paper_command_says_so_in_one_line(Type exception)
    {
        string message = PaperDirective.FailureMessage("load", (Exception)Activator.CreateInstance(exception)!);

        Assert.Equal("'#!paper load' was cancelled.", message);
    }
}
