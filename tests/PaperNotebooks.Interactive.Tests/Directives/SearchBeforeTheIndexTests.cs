using System.Text;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>Right after a large load, <c>#!paper search</c> answers by reading the papers while the index builds.</summary>
public sealed class SearchBeforeTheIndexTests
{
    private const int Papers = 60_000;

    [Fact]
    public async Task A_search_of_abstracts_right_after_a_large_load_reads_the_papers_and_says_so()
    {
        string listing = Path.Combine(Path.GetTempPath(), $"papernotebooks-scan-{Guid.NewGuid():N}.txt");
        var text = new StringBuilder();
        for (int i = 0; i < Papers; i++)
        {
            string topic = i % 50 == 0 ? "sequence parallelism for long context training" : "graph kernels on sparse matrices";
            text.Append("LGMar ").Append(i % 28 + 1).Append(", 2024\n")
                .Append("Study Number ").Append(i).Append(" of Systems").Append("Ann Lee").Append(i % 97).Append(", Bo Chen\n")
                .Append("We present ").Append(topic).Append(", measured on ").Append(i % 13).Append(" machines.\n");
        }
        await File.WriteAllTextAsync(listing, text.ToString());
        try
        {
            using var kernel = new PaperKernel();
            await kernel.RunAsync($"#!paper load \"{listing}\" --as-of 2026-05-01");

            var result = await kernel.RunAsync("#!paper search abs:\"sequence parallelism\" --top 5");

            string shown = PaperKernel.Text(result);
            Assert.Contains("read from the papers while the search index is built", shown);
            Assert.Contains($"the best 5 of {Papers / 50:N0} matches", shown);
            Assert.Contains("sequence parallelism", PaperKernel.Html(result), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(listing);
        }
    }

    [Fact]
    public async Task A_search_right_after_charts_and_a_failed_command_is_not_held_by_them()
    {
        // Every subcommand but search and similar holds the background indexing while it runs; a hold left behind (by
        // a command that failed) would make the search of a small set, which waits for its index, wait 20 s a paper.
        using var kernel = new PaperKernel();
        await kernel.LoadSeedAsync();
        await kernel.RunAsync("#!paper timeline");
        Assert.Contains("noSuchVariable", await kernel.FailAsync("#!paper timeline --from noSuchVariable"));
        await kernel.RunAsync("#!paper topics");

        var search = kernel.RunAsync("#!paper search attention --top 3");

        Assert.Same(search, await Task.WhenAny(search, Task.Delay(TimeSpan.FromSeconds(15))));
        Assert.Contains("attention", PaperKernel.Html(await search), StringComparison.OrdinalIgnoreCase);
    }
}
