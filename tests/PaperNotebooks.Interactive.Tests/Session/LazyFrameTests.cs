using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace PaperNotebooks.Interactive.Tests;

/// <summary><c>papers</c> and <c>papersFrame</c> are made when C# first names them, not by the load: in a real C# kernel,
/// whatever way C# comes to name them (a cell, completion, a value request as <c>#!share</c> sends; the papers also when
/// the variables are listed), and made again from the set a later load or topic model leaves.</summary>
public sealed class LazyFrameTests : IDisposable
{
    private readonly PaperKernel _kernel = new();

    public void Dispose() => _kernel.Dispose();

    private bool Pending(string name) => PaperKernelExtension.SessionOf(_kernel.Kernel)!.IsDefinedLater(name);

    private async Task<bool> CSharpHas(string name)
    {
        var result = await _kernel.Kernel.FindKernelByName("csharp")!.SendAsync(new RequestValueInfos());
        return result.Events.OfType<ValueInfosProduced>().SelectMany(e => e.ValueInfos).Any(v => v.Name == name);
    }

    [Fact]
    public async Task The_load_leaves_the_frame_to_the_first_cell_that_names_it_and_the_papers_to_the_variable_list()
    {
        await _kernel.LoadSeedAsync();
        Assert.True(Pending("papers"));
        Assert.True(Pending("papersFrame"));
        Assert.False(await CSharpHas("papersFrame"));
        // Listing C#'s variables (the variable view) makes the papers, which cost little, but not the frame.
        Assert.True(await CSharpHas("papers"));
        Assert.False(Pending("papers"));
        Assert.True(Pending("papersFrame"));

        // Longer names that contain it do not make it.
        await _kernel.RunAsync("var papersFrameCount = 1; var _papersFrame = 2;");
        Assert.True(Pending("papersFrame"));

        Assert.Equal(18L, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("papersFrame.Rows.Count")));
        Assert.False(Pending("papersFrame"));
        Assert.True(await CSharpHas("papersFrame"));
        // Made once: the next cell sees the same frame.
        var frame = PaperKernel.ReturnValue<DataFrame>(await _kernel.RunAsync("papersFrame"));
        Assert.Same(frame, PaperKernel.ReturnValue<DataFrame>(await _kernel.RunAsync("papersFrame")));
    }

    [Fact]
    public async Task The_first_cell_that_names_the_papers_makes_them_and_a_cell_before_it_has_their_types()
    {
        await _kernel.LoadSeedAsync();

        // No variable named: the papers stay to be made, but the types and namespaces notebook code uses are there.
        Assert.Equal("ListingStatistics PaperCollection", PaperKernel.ReturnValue<string>(
            await _kernel.RunAsync("nameof(ListingStatistics) + \" \" + nameof(PaperCollection)")));
        Assert.True(Pending("papers"));

        Assert.Equal(18, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("papers.Count")));
        Assert.False(Pending("papers"));
        Assert.Equal(6, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("ListingStatistics.Compute(papers, 0).PerCategory[0].Papers")));
    }

    [Fact]
    public async Task Completion_on_the_frame_makes_it_and_offers_its_members()
    {
        await _kernel.LoadSeedAsync();
        const string code = "papersFrame.";
        var result = await _kernel.Kernel.SendAsync(new RequestCompletions(code, new LinePosition(0, code.Length), "csharp"));

        var items = result.Events.OfType<CompletionsProduced>().SelectMany(c => c.Completions).Select(c => c.DisplayText).ToList();
        Assert.Contains("Rows", items);
        Assert.Contains("Columns", items);
        Assert.False(Pending("papersFrame"));
    }

    [Fact]
    public async Task A_value_request_for_the_frame_makes_it_as_share_from_another_kernel_would()
    {
        await _kernel.LoadSeedAsync();

        var result = await _kernel.Kernel.FindKernelByName("csharp")!.SendAsync(new RequestValue("papersFrame"));

        var frame = Assert.IsType<DataFrame>(result.Events.OfType<ValueProduced>().Single().Value);
        Assert.Equal(18, frame.Rows.Count);
    }

    [Fact]
    public async Task A_reload_under_the_same_name_makes_the_frame_again_from_the_new_papers()
    {
        await _kernel.RunAsync("#!paper load --name mine");
        Assert.Equal(18L, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("mineFrame.Rows.Count")));

        string listing = Path.Combine(PaperKernel.ListingsFolder, "flawed.txt");
        await _kernel.RunAsync($"#!paper load \"{listing}\" --name mine");
        Assert.True(Pending("mineFrame"));

        int count = PaperKernel.ReturnValue<int>(await _kernel.RunAsync("mine.Count"));
        Assert.NotEqual(18, count);
        Assert.Equal((long)count, PaperKernel.ReturnValue<long>(await _kernel.RunAsync("mineFrame.Rows.Count")));
    }

    [Fact]
    public async Task A_variable_the_notebook_defines_itself_is_not_replaced_by_the_pending_frame_afterwards()
    {
        await _kernel.LoadSeedAsync();
        // The cell names it, so the frame is made first; then the cell's own declaration wins, and stays.
        await _kernel.RunAsync("var papersFrame = 42;");

        Assert.Equal(42, PaperKernel.ReturnValue<int>(await _kernel.RunAsync("papersFrame")));
        Assert.False(Pending("papersFrame"));
    }
}
