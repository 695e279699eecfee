namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>Packs the extension for Jupyter, runs all notebooks once through each runner, shares what Jupyter executed
/// with <c>papernb share</c>, and keeps the results for every test class of the collection.</summary>
public sealed class ShippedNotebookRuns : IAsyncLifetime
{
    public const string Collection = "shipped notebooks";

    public static readonly string[] Names =
        [.. Directory.EnumerateFiles(Repository.File("notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private readonly string _jupyterFolder = Repository.Artifacts("e2e", "notebooks", "jupyter");
    private readonly string _papernbFolder = Repository.Artifacts("e2e", "notebooks", "papernb");
    private readonly string _sharedFolder = Repository.Artifacts("e2e", "notebooks", "shared");
    private readonly Dictionary<string, Task<SharedNotebook>> _shared = [];
    private Task? _papernb;
    private Task? _packed;
    private readonly Dictionary<string, Task<string>> _jupyter = [];

    public Task InitializeAsync()
    {
        Prerequisites.Require();
        foreach (var folder in new[] { _jupyterFolder, _papernbFolder, _sharedFolder })
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
        }
        Directory.CreateDirectory(Repository.Artifacts("notebooks"));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public async Task<(string Notebook, string Html)> PapernbAsync(string name)
    {
        _papernb ??= RunPapernbAsync();
        await _papernb;
        string stem = Path.Combine(_papernbFolder, Path.GetFileNameWithoutExtension(name));
        return (stem + ".ipynb", stem + ".html");
    }

    /// <summary>The notebook as Jupyter executed it, through <c>papernb share</c> into ipynb, html and pdf.</summary>
    public Task<SharedNotebook> SharedAsync(string name)
    {
        lock (_shared)
        {
            if (!_shared.TryGetValue(name, out var share)) _shared[name] = share = ShareAsync(name);
            return share;
        }
    }

    private async Task<SharedNotebook> ShareAsync(string name)
    {
        string executed = await JupyterAsync(name);
        var result = await Papernb.RunAsync("share", executed, "--out", _sharedFolder);
        Assert.True(result.ExitCode == 0, result.Describe($"papernb share {name}"));
        string stem = Path.Combine(_sharedFolder, Path.GetFileNameWithoutExtension(name));
        return new SharedNotebook(executed, stem + ".ipynb", stem + ".html", stem + ".pdf", result.Error);
    }

    public Task<string> JupyterAsync(string name)
    {
        lock (_jupyter)
        {
            if (!_jupyter.TryGetValue(name, out var run)) _jupyter[name] = run = RunJupyterAsync(name);
            return run;
        }
    }

    private async Task RunPapernbAsync()
    {
        var result = await Papernb.RunAsync("run", Repository.File("notebooks"), "--out", _papernbFolder, "--format", "ipynb,html,pdf");
        Assert.True(result.ExitCode == 0, result.Describe("papernb run notebooks"));
    }

    private async Task<string> RunJupyterAsync(string name)
    {
        _packed ??= PackForJupyterAsync();
        await _packed;
        return await Jupyter.ExecuteAsync(Repository.File("notebooks", name), outputFolder: _jupyterFolder);
    }

    private static async Task PackForJupyterAsync()
    {
        var pack = await ProcessRunner.RunAsync("bash", [Repository.File("eng", "pack-extension.sh")], Repository.Root, TimeSpan.FromMinutes(10));
        Assert.True(pack.ExitCode == 0, pack.Describe("eng/pack-extension.sh"));
    }
}

/// <summary>A notebook Jupyter executed (<paramref name="Executed"/>) and what <c>papernb share</c> made of it.</summary>
public sealed record SharedNotebook(string Executed, string Notebook, string Html, string Pdf, string ShareLog);

[CollectionDefinition(ShippedNotebookRuns.Collection)]
public sealed class ShippedNotebookCollection : ICollectionFixture<ShippedNotebookRuns>;
