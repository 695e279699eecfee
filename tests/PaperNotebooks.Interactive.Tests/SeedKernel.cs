namespace PaperNotebooks.Interactive.Tests;

/// <summary>One kernel with the seed listing loaded as of a fixed date, shared by the tests of a class that only read it.</summary>
public sealed class SeedKernel : IAsyncLifetime
{
    /// <summary>Fixed, so that the years inferred for dates without one do not move with the calendar.</summary>
    public const string AsOf = "2026-05-01";

    internal PaperKernel Kernel { get; } = new();

    public async Task InitializeAsync() => await Kernel.RunAsync($"#!paper load --as-of {AsOf}");

    public Task DisposeAsync()
    {
        Kernel.Dispose();
        return Task.CompletedTask;
    }
}
