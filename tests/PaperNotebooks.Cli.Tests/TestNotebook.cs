using System.Text.Json.Nodes;

namespace PaperNotebooks.Cli.Tests;

/// <summary>nbformat 4 notebooks for tests: code cells from source text, then changed as JSON where a test needs it.</summary>
internal static class TestNotebook
{
    public static JsonObject Of(params string[] codeCells) => new()
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject(),
        ["cells"] = new JsonArray([.. codeCells.Select(source => (JsonNode)new JsonObject
        {
            ["cell_type"] = "code",
            ["source"] = source,
            ["metadata"] = new JsonObject(),
            ["outputs"] = new JsonArray(),
            ["execution_count"] = null,
        })]),
    };

    /// <summary>A notebook with one Markdown cell and no code: it runs without starting a kernel.</summary>
    public static JsonObject MarkdownOnly(string text = "# Nothing to run") => new()
    {
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
        ["metadata"] = new JsonObject(),
        ["cells"] = new JsonArray(new JsonObject { ["cell_type"] = "markdown", ["source"] = text, ["metadata"] = new JsonObject() }),
    };

    public static string Write(string folder, string name, JsonNode notebook)
    {
        string path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, notebook.ToJsonString(new System.Text.Json.JsonSerializerOptions { MaxDepth = 2048 }));
        return path;
    }
}
