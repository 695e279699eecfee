using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>Runs one of the Python scripts in Scripts/ that drive the real .net-csharp kernel through jupyter_client
/// (<c>kernel_cells.py</c> holds what they share), and reads back the report it writes.</summary>
internal static class KernelScript
{
    /// <summary>An empty folder of its own under artifacts/e2e for one script's run.</summary>
    public static string FreshFolder(string name)
    {
        string folder = Repository.Artifacts("e2e", name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes <paramref name="cells"/> to <c>cells.json</c> in <paramref name="folder"/>, runs the script with the
    /// kernel working there, and returns its <c>report.json</c>.</summary>
    public static async Task<JsonNode> RunAsync(string script, JsonObject cells, string folder, TimeSpan timeout)
    {
        string cellsFile = Path.Combine(folder, "cells.json");
        await File.WriteAllTextAsync(cellsFile, cells.ToJsonString());
        string report = Path.Combine(folder, "report.json");
        var result = await ProcessRunner.RunAsync(Prerequisites.Python,
            [Path.Combine(AppContext.BaseDirectory, "Scripts", script), ".net-csharp", cellsFile, folder, report],
            folder, timeout);
        // Kept for a look after a failed run: the kernel's log and a line for each cell as it ended.
        await File.WriteAllTextAsync(Path.Combine(folder, "script.log"), result.Output + result.Error);
        Assert.True(result.ExitCode == 0 && File.Exists(report), result.Describe(script));
        return JsonNode.Parse(await File.ReadAllTextAsync(report)) ?? throw new JsonException($"{script} wrote an empty report");
    }
}
