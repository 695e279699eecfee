namespace PaperNotebooks.Interactive.Tests;

/// <summary>One kernel with the seed listing loaded as of a fixed date, shared by the tests of a class that only read it.</summary>
public sealed class SeedKernel : IAsyncLifetime
{
    public const string AsOf = PaperKernel.SeedAsOf;

    internal PaperKernel Kernel { get; } = new();

    public async Task InitializeAsync() => await Kernel.LoadSeedAsync();

    public Task DisposeAsync()
    {
        Kernel.Dispose();
        return Task.CompletedTask;
    }
}
