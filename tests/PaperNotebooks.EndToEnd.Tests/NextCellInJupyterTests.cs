using System.Text.Json.Nodes;
using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// The real .net-csharp kernel takes the next cells at once after a large load, while the search index is still built
/// in the background. It once waited seconds to start them: the index was prepared on a thread-pool thread, the
/// kernel keeps another blocked in its message loop, and the pool adds no thread while the indexing keeps the cores
/// busy. One kernel run (Scripts/cell_waits.py) serves all the tests.
/// </summary>
public sealed class NextCellInJupyterTests(NextCellInJupyterTests.LoadedKernel run) : IClassFixture<NextCellInJupyterTests.LoadedKernel>
{
    // The cells start in milliseconds; a stalled kernel started them when the index was built, seconds later.
    private const double LongestWait = 1.5;

    [Fact]
    public void The_load_and_the_cells_after_it_succeed()
    {
        Assert.All(run.Report["setup"]!.AsArray(), cell => Assert.Equal("ok", (string?)cell!["status"]));
        Assert.All(run.Report["timed"]!.AsArray(), cell => Assert.True((string?)cell!["status"] == "ok", cell.ToJsonString()));
    }

    [Fact]
    public void The_cells_after_a_large_load_ran_while_its_index_was_still_being_built()
    {
        // The last timed cell counts the indexing threads ("PaperNotebooks indexing", which /proc cuts to "PaperNotebooks ";
        // no interrupt, the only other thread named so, runs here).
        var last = run.Report["timed"]!.AsArray()[^1]!;
        string output = string.Concat(last["outputs"]!.AsArray().Select(o => (string?)o));
        Assert.True(int.TryParse(output.Trim(), out int threads) && threads > 0, $"no indexing thread was running: {last.ToJsonString()}");
    }

    [Fact]
    public void The_kernel_starts_each_cell_after_a_large_load_at_once()
    {
        foreach (var cell in run.Report["timed"]!.AsArray())
        {
            double? wait = (double?)cell!["wait"];
            Assert.True(wait is not null && wait < LongestWait, $"the kernel took {wait} s to start the cell: {cell.ToJsonString()}");
        }
    }

    /// <summary>Packs the extension and runs the kernel once.</summary>
    public sealed class LoadedKernel : IAsyncLifetime
    {
        public JsonNode Report { get; private set; } = new JsonObject();

        public async Task InitializeAsync()
        {
            Prerequisites.Require();
            string folder = KernelScript.FreshFolder("next-cell");
            // Enough papers that their index takes seconds to build after the load, on both cores.
            await File.WriteAllLinesAsync(Path.Combine(folder, "many.txt"), Enumerable.Range(0, 300_000).SelectMany(i => new[]
            {
                $"LGJan {1 + i % 28}, {2015 + i % 10}",
                $"Study {i} of scalable widgets {i % 977}Ann Author{i % 5000}, Bob Writer{i % 3000}",
                $"We study widgets number {i} with methods {i % 131}, parts {i % 313} and results {i % 71} in {i % 29} settings.",
            }));

            const string indexingThreads = """
                System.Console.WriteLine(System.IO.Directory.GetDirectories("/proc/self/task").Count(task =>
                    System.IO.File.ReadAllText(System.IO.Path.Combine(task, "comm")).StartsWith("PaperNotebooks")));
                """;
            var cells = new JsonObject
            {
                ["setup"] = new JsonArray(await ExtensionPackage.LoadCellAsync(), "#!paper load many.txt"),
                ["timed"] = new JsonArray("#!paper list --top 3", "1 + 1", "#!paper stats", "var answer = 42;", indexingThreads),
                ["timeout"] = 300,
            };
            Report = await KernelScript.RunAsync("cell_waits.py", cells, folder, TimeSpan.FromMinutes(10));
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
