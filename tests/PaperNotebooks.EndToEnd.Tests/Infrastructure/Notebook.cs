using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>One output of an executed cell, as nbformat 4 stores it.</summary>
public sealed record CellOutput(string OutputType, IReadOnlyDictionary<string, string> Data, string Text, string? ErrorName, string? ErrorValue)
{
    public string Html => Data.GetValueOrDefault("text/html", "");
    public string Plain => Data.GetValueOrDefault("text/plain", Text);
    public bool IsError => OutputType == "error";
    /// <summary>The kernel's own bootstrap script in the first cell: not ours, ignored by assertions.</summary>
    public bool IsKernelBootstrap => Html.Contains("probeAddresses", StringComparison.Ordinal);
}

/// <summary>Writes nbformat 4 notebooks for the .net-csharp kernel and reads back executed ones.</summary>
internal static class Notebook
{
    public static void Write(string path, IEnumerable<string> codeCells, IEnumerable<string>? raisesExceptionCells = null)
    {
        var expectedToFail = new HashSet<string>(raisesExceptionCells ?? []);
        var cells = new JsonArray();
        int n = 0;
        foreach (var source in codeCells)
        {
            var metadata = new JsonObject();
            if (expectedToFail.Contains(source)) metadata["tags"] = new JsonArray("raises-exception");
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["id"] = $"cell-{n++}",
                ["metadata"] = metadata,
                ["execution_count"] = null,
                ["outputs"] = new JsonArray(),
                ["source"] = source,
            });
        }
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" },
                ["language_info"] = new JsonObject { ["name"] = "C#", ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp" },
            },
            ["cells"] = cells,
        };
        File.WriteAllText(path, notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>The outputs of each code cell, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<CellOutput>> ReadOutputs(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var result = new List<IReadOnlyList<CellOutput>>();
        foreach (var cell in root["cells"]!.AsArray())
        {
            if ((string?)cell!["cell_type"] != "code") continue;
            var outputs = new List<CellOutput>();
            foreach (var output in cell["outputs"]!.AsArray())
            {
                var data = new Dictionary<string, string>();
                if (output!["data"] is JsonObject mimeBundle)
                {
                    foreach (var (mime, value) in mimeBundle) data[mime] = Joined(value);
                }
                outputs.Add(new CellOutput((string)output["output_type"]!, data, Joined(output["text"]), (string?)output["ename"], (string?)output["evalue"]));
            }
            result.Add(outputs);
        }
        return result;
    }

    private static string Joined(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => node.ToJsonString(),
    };
}
