namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>The real Jupyter toolchain: nbconvert executing notebooks with the dotnet-interactive kernel.</summary>
internal static class Jupyter
{
    /// <summary>Executes <paramref name="notebook"/> with the .net-csharp kernel; returns the executed copy's path.</summary>
    /// <param name="outputFolder">Where the executed copy goes; the notebook itself runs in its own folder.</param>
    /// <param name="environment">Variables for nbconvert and so for the kernel it starts.</param>
    public static async Task<string> ExecuteAsync(string notebook, bool allowErrors = false, string? outputFolder = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        Prerequisites.Require();
        string folder = Path.GetDirectoryName(notebook)!;
        string executed = outputFolder is null
            ? Path.ChangeExtension(notebook, ".executed.ipynb")
            : Path.Combine(outputFolder, Path.GetFileName(notebook));
        var result = await ProcessRunner.RunAsync(Prerequisites.Jupyter,
        [
            "nbconvert", "--to", "notebook", "--execute",
            "--ExecutePreprocessor.kernel_name=.net-csharp", "--ExecutePreprocessor.timeout=600",
            .. allowErrors ? ["--allow-errors"] : Array.Empty<string>(),
            notebook, "--output", Path.GetFileNameWithoutExtension(executed), "--output-dir", Path.GetDirectoryName(executed)!,
        ], folder, TimeSpan.FromMinutes(15), environment);
        Assert.True(result.ExitCode == 0 && File.Exists(executed), result.Describe($"jupyter nbconvert --execute {Path.GetFileName(notebook)}"));
        return executed;
    }

    /// <summary>Exports an executed notebook to HTML with nbconvert; returns the HTML file's path.</summary>
    public static async Task<string> ToHtmlAsync(string executedNotebook)
    {
        string folder = Path.GetDirectoryName(executedNotebook)!;
        string html = Path.ChangeExtension(executedNotebook, ".html");
        var result = await ProcessRunner.RunAsync(Prerequisites.Jupyter,
            ["nbconvert", "--to", "html", executedNotebook, "--output", Path.GetFileName(html)], folder, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0 && File.Exists(html), result.Describe("jupyter nbconvert --to html"));
        return html;
    }
}
