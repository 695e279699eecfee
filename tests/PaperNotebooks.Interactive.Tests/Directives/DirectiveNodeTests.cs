using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>
/// .NET Interactive drops parameters it does not know without a word; <see cref="DirectiveLine"/> reports them by reading
/// the line from an internal member. These fail loudly if an update of .NET Interactive moves that member, instead of
/// letting typos pass silently.
/// </summary>
public sealed class DirectiveNodeTests(SeedKernel seed) : IClassFixture<SeedKernel>
{
    private readonly PaperKernel _kernel = seed.Kernel;

    [Fact]
    public void The_internal_member_holding_the_typed_line_is_found_by_reflection()
    {
        Assert.True(DirectiveLine.NodeProperty is not null, "KernelDirectiveCommand.DirectiveNode is gone: unknown #!paper parameters would pass silently.");
        Assert.True(DirectiveLine.NodeProperty!.PropertyType.GetProperty("Text") is not null, "DirectiveNode.Text is gone.");
    }

    [Fact]
    public async Task An_unknown_parameter_is_reported_even_in_a_cell_of_several_paper_lines()
    {
        // With two #!paper lines, the cell's text cannot tell which line a command came from: only the node can.
        string message = await _kernel.FailAsync("#!paper stats\n#!paper list --catgory LG");

        Assert.StartsWith("Unknown parameter '--catgory' for '#!paper list'. Did you mean '--category'?", message);
    }
}
