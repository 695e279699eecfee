using PaperNotebooks.Interactive.Formatters;

namespace PaperNotebooks.Interactive.Tests.Formatters;

/// <summary>A load formats a paper table of its own beside its read (<see cref="ViewWarmUp"/>), so that the notebook's
/// first list does not pay for the table's first formatting.</summary>
public sealed class ViewWarmUpTests
{
    [Fact]
    public async Task A_load_formats_a_table_of_papers_of_its_own_with_the_extensions_table_formatter()
    {
        using var kernel = await PaperKernel.SeededAsync();

        await ViewWarmUp.StartOnce();

        var table = Dom.Parse(ViewWarmUp.Formatted ?? "");
        Assert.NotNull(table.QuerySelector("table"));
        Assert.Contains("A paper to format 0", table.Body!.TextContent);
        Assert.DoesNotContain("A paper to format 1", table.Body!.TextContent);   // cs.LG, filtered out
    }
}
