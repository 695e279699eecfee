using System.Text.Json.Nodes;
using PaperNotebooks.EndToEnd.Tests.Infrastructure;

namespace PaperNotebooks.EndToEnd.Tests;

/// <summary>
/// Jupyter's Interrupt, sent by jupyter_client exactly as the notebook's button sends it, to the real .net-csharp
/// kernel: a <c>Thread.Sleep</c> loop and a long <c>#!paper</c> command each end with one line, and the kernel, with
/// the variable defined before them, survives. One kernel run (Scripts/interrupt_kernel.py) serves all the tests.
/// </summary>
public sealed class InterruptInJupyterTests(InterruptInJupyterTests.InterruptedKernel run) : IClassFixture<InterruptInJupyterTests.InterruptedKernel>
{
    [Fact]
    public void The_kernelspec_asks_for_signal_interrupts_which_the_launcher_passes_on() =>
        Assert.Equal("signal", (string?)run.Report["interrupt_mode"]);

    [Theory]
    [InlineData(0, "Command cancelled.")]
    // The kernel's own "Command cancelled." can win the race with the extension's line: both are one line.
    [InlineData(1, "'#!paper load' was cancelled.|Command cancelled.")]
    public void An_interrupted_cell_ends_soon_with_one_line_and_the_kernel_lives(int interrupt, string message)
    {
        var cells = run.Report["interrupts"]!.AsArray();
        Assert.True(cells.Count > interrupt, $"the kernel was stuck or dead before interrupt {interrupt}: {run.Report}");
        var cell = cells[interrupt]!;
        Assert.True((bool)cell["interrupted"]!, $"the cell ended before it was interrupted: {cell}");
        Assert.True((bool)cell["alive_after"]!, $"the interrupt killed the kernel: {cell}");
        Assert.Equal("error", (string?)cell["status"]);
        Assert.True((double)cell["seconds_after_interrupt"]! < 60, $"the cell went on for {cell["seconds_after_interrupt"]} s after the interrupt");
        var error = Assert.Single(cell["errors"]!.AsArray());
        Assert.Contains(((string?)error!["evalue"])?.Trim(), message.Split('|'));
    }

    [Fact]
    public void The_variable_defined_before_the_interrupts_is_still_there_after_them()
    {
        var after = run.Report["after"] ?? throw new Xunit.Sdk.XunitException($"the kernel did not live to the last cell: {run.Report}");
        Assert.Equal("ok", (string?)after["status"]);
        Assert.Contains("before=42", string.Concat(after["outputs"]!.AsArray().Select(o => (string?)o)));
        Assert.True((bool)run.Report["alive_at_end"]!);
    }

    /// <summary>Packs the extension and runs the interrupt script once.</summary>
    public sealed class InterruptedKernel : IAsyncLifetime
    {
        public JsonNode Report { get; private set; } = new JsonObject();

        public async Task InitializeAsync()
        {
            Prerequisites.Require();
            string folder = KernelScript.FreshFolder("interrupt");
            // Enough papers that loading them takes seconds (a load only reads and summarises: two million small ones):
            // that load is the #!paper command to interrupt. (Not a search: the index is built in the background after a
            // load, so a search may already be quick.) The setup loads a few of them first, so that the load's code is
            // compiled, and no index of millions of papers is being built in the background when the interrupt comes
            // (with one, the kernel sometimes started the load only after the interrupt, and the load ran to its end: the
            // kernel then waited for a thread-pool thread the index held, which e31d838 ended; NextCellInJupyterTests).
            IEnumerable<string> Papers(int count) => Enumerable.Range(0, count).SelectMany(i => new[]
            {
                $"LGJan {1 + i % 28}, {2015 + i % 10}",
                $"Study {i} of scalable widgets {i % 977}Ann Author{i % 5000}, Bob Writer{i % 3000}",
                $"We study widgets number {i} with methods {i % 131} and results {i % 71}.",
            });
            await File.WriteAllLinesAsync(Path.Combine(folder, "few.txt"), Papers(1_000));
            await File.WriteAllLinesAsync(Path.Combine(folder, "many.txt"), Papers(2_000_000));

            var cells = new JsonObject
            {
                ["setup"] = new JsonArray(await ExtensionPackage.LoadCellAsync(), "var before = 41 + 1;", "#!paper load few.txt --name few"),
                ["interrupts"] = new JsonArray(
                    new JsonObject { ["code"] = "Console.WriteLine(\"started\");\nwhile (true) System.Threading.Thread.Sleep(100);", ["started"] = "started", ["delay"] = 1 },
                    new JsonObject { ["code"] = "#!paper load many.txt --name again", ["started"] = "", ["delay"] = 1 }),
                ["after"] = "Console.WriteLine($\"before={before}\");",
                ["timeout"] = 300,
            };
            Report = await KernelScript.RunAsync("interrupt_kernel.py", cells, folder, TimeSpan.FromMinutes(15));
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
