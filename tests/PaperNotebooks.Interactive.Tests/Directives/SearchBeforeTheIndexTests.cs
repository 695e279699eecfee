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
}
