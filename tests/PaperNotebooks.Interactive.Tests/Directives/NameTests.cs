using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>A <c>--name</c> must be usable as a C# variable as typed; one that is not changes nothing.</summary>
public sealed class NameTests : IDisposable
{
    private readonly PaperKernel _kernel = new();

    public void Dispose() => _kernel.Dispose();

    [Fact]
    public async Task A_keyword_as_name_is_refused_before_anything_is_loaded_or_registered()
    {
        string error = await _kernel.FailAsync("#!paper load --name class");

        Assert.Equal("--name 'class' is a C# keyword; choose a variable name such as papers or ml2024 (for example classPapers).", error);
        Assert.StartsWith("No papers are loaded yet", await _kernel.FailAsync("#!paper list"));
        Assert.StartsWith("No papers are loaded yet", await _kernel.FailAsync("#!paper stats"));
    }

    [Fact]
    public async Task A_refused_name_leaves_the_earlier_default_collection_in_place()
    {
        await _kernel.RunAsync("#!paper load --name seed");

        await _kernel.FailAsync("#!paper load hostile.txt --name await");

        Assert.Contains("18 papers.", PaperKernel.Text(await _kernel.RunAsync("#!paper list")));
    }

    [Fact]
    public async Task Papers_that_CSharp_refuses_fail_the_cell_that_names_them_and_leave_the_load_and_directives_working()
    {
        using var composite = new CompositeKernel { new RefusingCSharpKernel() };
        composite.DefaultKernelName = "csharp";
        PaperKernelExtension.Load(composite);

        var loaded = await composite.SendAsync(new SubmitCode("#!paper load", "csharp"));
        var named = await composite.SendAsync(new SubmitCode("papers.Count", "csharp"));
        var listed = await composite.SendAsync(new SubmitCode("#!paper list", "csharp"));

        // The load defines nothing in C# itself: the papers are made when C# first names them.
        Assert.Empty(loaded.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>());
        Assert.StartsWith("Could not define the C# variable 'papers': no variables here",
            named.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().Single().Message);
        Assert.Empty(listed.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>());
        Assert.True(PaperKernelExtension.SessionOf(composite)!.IsDefinedLater("papers"));   // tried again next time
    }

    /// <summary>A "csharp" kernel that takes code but refuses every variable.</summary>
    private sealed class RefusingCSharpKernel() : Kernel("csharp"), IKernelCommandHandler<SubmitCode>, IKernelCommandHandler<SendValue>
    {
        public Task HandleAsync(SubmitCode command, KernelInvocationContext context) => Task.CompletedTask;

        public Task HandleAsync(SendValue command, KernelInvocationContext context)
        {
            context.Fail(command, message: "no variables here");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void Every_reserved_CSharp_keyword_is_refused()
    {
        var keywords = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).Where(k => k.Length > 0).ToList();

        Assert.True(keywords.Count > 70);
        Assert.All(keywords, keyword => Assert.True(Directives.VariableName.Problem(keyword) is not null, keyword));
    }

    [Theory]
    [InlineData("@class")]
    [InlineData("2fast")]
    [InlineData("my papers")]
    [InlineData("_")]
    public void Names_that_are_not_plain_identifiers_are_refused(string name) =>
        Assert.NotNull(Directives.VariableName.Problem(name));

    [Theory]
    [InlineData("papers")]
    [InlineData("ml2024")]
    [InlineData("_seed")]
    [InlineData("var")]
    [InlineData("record")]
    public void Plain_identifiers_and_contextual_keywords_that_work_as_variables_are_accepted(string name) =>
        Assert.Null(Directives.VariableName.Problem(name));
}
