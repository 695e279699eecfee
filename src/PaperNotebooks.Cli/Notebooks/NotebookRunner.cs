using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// Executes a notebook's code cells in order in a fresh kernel and writes their outputs into the notebook, as
/// Jupyter would: displays, results, stdout/stderr and errors, with updated displays replaced in place.
/// The notebook runs in its own folder, so relative paths mean what they mean in Jupyter. This runs inside the
/// child process of <c>papernb run-one</c>, which tells <paramref name="listener"/> about each cell; the time limit
/// is enforced from outside, by the parent, which can stop a cell for real.
/// </summary>
internal sealed partial class NotebookRunner(TextWriter progress, ICellListener listener)
{
    /// <summary>Runs every code cell; stops at the first unexpected error, as Jupyter does. Returns the failing cell, if any.</summary>
    public async Task<CellResult?> RunAsync(NotebookDocument notebook)
    {
        var codeCells = notebook.CodeCells.ToList();
        string previousDirectory = Directory.GetCurrentDirectory();
        string folder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var clock = Stopwatch.StartNew();
        Directory.SetCurrentDirectory(folder);
        try
        {
            using var kernel = NotebookKernel.Create();
            // The first submission compiles the C# scripting pipeline (seconds on a busy machine); done here, it
            // does not count against the first cell's time limit. It shows nothing and defines nothing.
            await kernel.SendAsync(new SubmitCode("0"));
            int executionCount = 0;
            for (int i = 0; i < codeCells.Count; i++)
            {
                progress.WriteLine($"papernb: {notebook.Name}: cell {i + 1} of {codeCells.Count} ({clock.Elapsed.TotalSeconds:0.0} s)");
                var cell = codeCells[i];
                cell.Outputs.Clear();
                cell.ExecutionCount = ++executionCount;
                listener.Started(i + 1);
                var result = await RunCellAsync(kernel, cell, i + 1, executionCount);
                listener.Finished(cell, result);
                if (result.Failed)
                {
                    for (int rest = i + 1; rest < codeCells.Count; rest++)
                    {
                        codeCells[rest].Outputs.Clear();
                        codeCells[rest].ExecutionCount = null;
                    }
                    return result;
                }
            }
            progress.WriteLine($"papernb: {notebook.Name}: {codeCells.Count} cells in {clock.Elapsed.TotalSeconds:0.0} s");
            return null;
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    private static async Task<CellResult> RunCellAsync(CompositeKernel kernel, NotebookCell cell, int number, int executionCount)
    {
        string code = WithoutOwnPackageReference(cell.Source, out bool referencedOwnPackage);
        if (referencedOwnPackage)
        {
            cell.Outputs.Add(DisplayData(new Dictionary<string, string>
            {
                ["text/plain"] = "PaperNotebooks.Interactive is built into papernb from this checkout; the package reference is not restored.",
            }));
        }
        if (string.IsNullOrWhiteSpace(code)) return new CellResult(number, null, cell.RaisesException);

        var result = await kernel.SendAsync(new SubmitCode(code));

        var displays = new Dictionary<string, JsonObject>();
        string? error = null;
        foreach (var kernelEvent in result.Events)
        {
            switch (kernelEvent)
            {
                case ReturnValueProduced returned:
                    cell.Outputs.Add(ExecuteResult(Bundle(returned.FormattedValues), executionCount));
                    break;
                case DisplayedValueUpdated updated when updated.ValueId is not null && displays.TryGetValue(updated.ValueId, out var shown):
                    shown["data"] = DataNode(Bundle(updated.FormattedValues));
                    break;
                case DisplayedValueProduced displayed:
                    var output = DisplayData(Bundle(displayed.FormattedValues));
                    if (displayed.ValueId is not null) displays[displayed.ValueId] = output;
                    cell.Outputs.Add(output);
                    break;
                case StandardOutputValueProduced stdout:
                    AppendStream(cell, "stdout", Plain(stdout.FormattedValues));
                    break;
                case StandardErrorValueProduced stderr:
                    AppendStream(cell, "stderr", Plain(stderr.FormattedValues));
                    break;
                case CommandFailed failed:
                    error ??= failed.Message;
                    break;
            }
        }
        if (error is not null) cell.Outputs.Add(ErrorOutput(error));
        return new CellResult(number, error, cell.RaisesException);
    }

    /// <summary>
    /// The notebook's own <c>#r "nuget: PaperNotebooks.Interactive"</c> (and the local <c>#i</c> feed beside it) is what
    /// Jupyter needs; papernb has the extension from this checkout already, so those lines are left out.
    /// </summary>
    internal static string WithoutOwnPackageReference(string source, out bool removed)
    {
        var lines = source.Split('\n');
        removed = lines.Any(l => OwnPackageReference().IsMatch(l));
        if (!removed) return source;
        return string.Join('\n', lines.Where(l => !OwnPackageReference().IsMatch(l) && !LocalFeed().IsMatch(l)));
    }

    [GeneratedRegex("""^\s*#r\s+"nuget:\s*PaperNotebooks\.Interactive\b[^"]*"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPackageReference();

    [GeneratedRegex("""^\s*#i\s+"nuget:\s*(?!https?:)[^"]*"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex LocalFeed();

    private static Dictionary<string, string> Bundle(IEnumerable<FormattedValue> values)
    {
        var bundle = new Dictionary<string, string>();
        foreach (var value in values)
        {
            if (value.MimeType is not null && !bundle.ContainsKey(value.MimeType)) bundle[value.MimeType] = value.Value ?? "";
        }
        return bundle;
    }

    private static string Plain(IEnumerable<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? "";

    private static void AppendStream(NotebookCell cell, string name, string text)
    {
        if (cell.Outputs.LastOrDefault() is JsonObject last && (string?)last["output_type"] == "stream" && (string?)last["name"] == name)
        {
            last["text"] = (string?)last["text"] + text;
            return;
        }
        cell.Outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = text });
    }

    private static JsonObject DisplayData(Dictionary<string, string> bundle) =>
        new() { ["output_type"] = "display_data", ["data"] = DataNode(bundle), ["metadata"] = new JsonObject() };

    private static JsonObject ExecuteResult(Dictionary<string, string> bundle, int executionCount) =>
        new()
        {
            ["output_type"] = "execute_result",
            ["data"] = DataNode(bundle),
            ["metadata"] = new JsonObject(),
            ["execution_count"] = executionCount,
        };

    public static JsonObject ErrorOutput(string message) =>
        new() { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = message, ["traceback"] = new JsonArray(message) };

    private static JsonObject DataNode(Dictionary<string, string> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in bundle) data[mime] = value;
        return data;
    }
}
