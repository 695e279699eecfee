using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>A real notebook kernel, <c>CompositeKernel { new CSharpKernel() }</c>, with the extension loaded.</summary>
internal sealed class PaperKernel : IDisposable
{
    public static string ListingsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Listings");

    public PaperKernel(bool load = true, PaperExtensionOptions? options = null)
    {
        Kernel = new CompositeKernel { new CSharpKernel() };
        Kernel.DefaultKernelName = "csharp";
        if (load) PaperKernelExtension.Load(Kernel, options);
        // Relative paths resolve against the notebook's folder; here, the test listings.
        if (PaperKernelExtension.SessionOf(Kernel) is { } session) session.BaseDirectory = () => ListingsFolder;
    }

    public CompositeKernel Kernel { get; }

    /// <summary>The date the seed listing is read as of in tests: fixed, so that the years inferred for dates without
    /// one do not move with the calendar.</summary>
    public const string SeedAsOf = "2026-05-01";

    /// <summary>A kernel with the bundled seed listing loaded as <c>papers</c>: the one way tests load it.</summary>
    public static async Task<PaperKernel> SeededAsync(PaperExtensionOptions? options = null)
    {
        var kernel = new PaperKernel(options: options);
        await kernel.LoadSeedAsync();
        return kernel;
    }

    public Task<KernelCommandResult> LoadSeedAsync() => RunAsync($"#!paper load --as-of {SeedAsOf}");

    public Task<KernelCommandResult> SubmitAsync(string code) => Kernel.SendAsync(new SubmitCode(code));

    /// <summary>Submits and asserts the cell succeeded.</summary>
    public async Task<KernelCommandResult> RunAsync(string code)
    {
        var result = await SubmitAsync(code);
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.True(failed is null, $"'{code}' failed: {failed?.Message}");
        return result;
    }

    /// <summary>Submits and returns the message of the failure the cell must end in.</summary>
    public async Task<string> FailAsync(string code)
    {
        var result = await SubmitAsync(code);
        var failed = result.Events.OfType<CommandFailed>().SingleOrDefault();
        Assert.True(failed is not null, $"'{code}' did not fail. Output: {Text(result)}");
        return failed!.Message;
    }

    public void Dispose() => Kernel.Dispose();

    public static string Html(KernelCommandResult result) => Output(result, HtmlFormatter.MimeType);

    public static string Text(KernelCommandResult result) => Output(result, PlainTextFormatter.MimeType);

    private static string Output(KernelCommandResult result, string mimeType) =>
        string.Join("\n", result.Events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == mimeType).Select(v => v.Value));

    /// <summary>The values the cell displayed that are of type <typeparamref name="T"/>, in order: what a handler showed,
    /// before any formatter turned it into markup.</summary>
    public static IReadOnlyList<T> Displayed<T>(KernelCommandResult result) =>
        result.Events.OfType<DisplayedValueProduced>().Select(e => e.Value).OfType<T>().ToList();

    public static T? ReturnValue<T>(KernelCommandResult result) =>
        result.Events.OfType<ReturnValueProduced>().Select(e => e.Value).OfType<T>().FirstOrDefault();
}
