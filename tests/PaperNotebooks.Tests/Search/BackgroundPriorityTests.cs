using PaperNotebooks.Search;

namespace PaperNotebooks.Tests.Search;

public sealed class BackgroundPriorityTests
{
    public static TheoryData<string> Holders => ["a search reading the papers", "foreground work, held twice"];

    [Theory]
    [MemberData(nameof(Holders))]
    public void Indexing_in_the_background_waits_while_it_is_held_and_goes_on_after(string holder)
    {
        var papers = ScanPapers.Make(3_000, seed: 9);
        IndexRanges? built = null;
        Thread indexing;
        // A search reading the papers pauses the indexing itself; cells hold it through ForegroundWork, and holds nest.
        IDisposable[] holds = holder.StartsWith("a search") ? [BackgroundPriority.Pause()] : [ForegroundWork.Hold(), ForegroundWork.Hold()];
        try
        {
            indexing = new Thread(() => built = IndexRanges.Build(papers, IndexPart.Fields));
            indexing.Start();
            Assert.False(indexing.Join(TimeSpan.FromMilliseconds(500)), $"the index was built while held by {holder}");
        }
        finally
        {
            foreach (var hold in holds) hold.Dispose();
        }

        Assert.True(indexing.Join(TimeSpan.FromSeconds(60)), "the index was not built after the holds ended");
        Assert.Equal(3_000, built!.Readers.Sum(r => r.MaxDoc));
        built.Dispose();
    }

    [Fact]
    public void A_background_thread_runs_at_a_lower_priority_and_others_keep_theirs()
    {
        if (!OperatingSystem.IsLinux()) return;
        int before = Nice(), lowered = int.MinValue;
        var thread = new Thread(() => BackgroundPriority.Run(() => lowered = Nice()));
        thread.Start();
        thread.Join();

        Assert.Equal(before + 5, lowered);
        Assert.Equal(before, Nice());
    }

    [Fact]
    public void A_thread_has_its_priority_back_once_its_background_work_ends()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return; // raising a priority needs the right to
        int before = int.MinValue, lowered = int.MinValue, after = int.MinValue;
        var thread = new Thread(() =>
        {
            before = Nice();
            BackgroundPriority.Run(() => lowered = Nice());
            after = Nice();   // a pool thread would run the pool's next work at this priority
        });
        thread.Start();
        thread.Join();

        Assert.Equal(before + 5, lowered);
        Assert.Equal(before, after);
    }

    private static readonly AsyncLocal<string> CellContext = new();

    [Fact]
    public async Task Work_started_in_the_background_runs_lowered_on_a_thread_of_its_own_without_the_callers_context()
    {
        CellContext.Value = "the cell's";
        bool poolThread = true;
        string? context = "unread";
        int before = Nice(), lowered = int.MinValue;

        await BackgroundPriority.Start(() =>
        {
            poolThread = Thread.CurrentThread.IsThreadPoolThread;
            context = CellContext.Value;
            if (OperatingSystem.IsLinux()) lowered = Nice();
        });

        Assert.False(poolThread, "long background work held a thread-pool thread");
        Assert.Null(context);
        if (OperatingSystem.IsLinux()) Assert.Equal(before + 5, lowered);
    }

    [Fact]
    public async Task Preparing_the_search_in_the_background_holds_no_thread_pool_thread()
    {
        var papers = ScanPapers.Make(2_000, seed: 4);
        var preparing = papers.PrepareSearchInBackground();

        Assert.True(preparing.CreationOptions.HasFlag(TaskCreationOptions.LongRunning));
        await preparing;
        Assert.True(papers.TryGetDerived<PaperSearchIndex>(out _), "the index was not built");
        Assert.Equal(2_000, papers.Search("year:2000..2100", top: 5).TotalHits);
    }

    [Fact]
    public void Someone_waiting_gives_a_background_thread_its_priority_back()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return; // raising a priority needs the right to
        int before = Nice(), lowered = int.MinValue, hurried = int.MinValue;
        using var started = new ManualResetEventSlim();
        using var hurry = new ManualResetEventSlim();
        var thread = new Thread(() => BackgroundPriority.Run(() =>
        {
            lowered = Nice();
            started.Set();
            hurry.Wait();
            hurried = Nice();
        }));
        thread.Start();
        started.Wait();
        BackgroundPriority.Hurry();
        hurry.Set();
        thread.Join();

        Assert.Equal(before + 5, lowered);
        Assert.Equal(before, hurried);
    }

    [Fact]
    public void Background_work_waiting_for_other_background_work_leaves_it_lowered_and_a_cell_waiting_does_not()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return; // raising a priority needs the right to
        int before = Nice(), afterBackground = int.MinValue, afterForeground = int.MinValue;
        using var started = new ManualResetEventSlim();
        using var first = new ManualResetEventSlim();
        using var firstRead = new ManualResetEventSlim();
        using var second = new ManualResetEventSlim();
        var sealing = new Thread(() => BackgroundPriority.Run(() =>
        {
            started.Set();
            first.Wait();
            afterBackground = Nice();
            firstRead.Set();
            second.Wait();
            afterForeground = Nice();
        }));
        sealing.Start();
        started.Wait();
        // An index waiting for the seal, then a cell.
        var indexing = new Thread(() => BackgroundPriority.Run(BackgroundPriority.HurryForForeground));
        indexing.Start();
        indexing.Join();
        first.Set();
        firstRead.Wait();
        BackgroundPriority.HurryForForeground();
        second.Set();
        sealing.Join();

        Assert.Equal(before + 5, afterBackground);
        Assert.Equal(before, afterForeground);
    }

    /// <summary>The calling thread's nice value: field 19 of /proc/thread-self/stat (after the command in parentheses).</summary>
    private static int Nice()
    {
        string stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16]);
    }
}
