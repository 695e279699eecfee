using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// What the <c>papernb run-one</c> child tells its parent about each cell, one JSON line each on its stdout. Lines
/// without the prefix (anything else that reached stdout) are ignored, so a cell cannot forge or break a message.
/// </summary>
internal static class CellMessages
{
    private const string Prefix = "papernb-cell ";

    private static readonly JsonSerializerOptions Compact = new() { MaxDepth = NotebookStructure.MaxDepth };

    public static string Started(int number) => Line(new JsonObject { ["started"] = number });

    public static string Finished(NotebookCell cell, CellResult result) => Line(new JsonObject
    {
        ["finished"] = result.Number,
        ["outputs"] = cell.Outputs.DeepClone(),
        ["execution_count"] = cell.ExecutionCount?.DeepClone(),
        ["error"] = result.Error,
        ["expected"] = result.ErrorExpected,
    });

    public static string End { get; } = Line(new JsonObject { ["end"] = true });

    /// <summary>The message on <paramref name="line"/>, or null when it is not one.</summary>
    public static JsonObject? Read(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        try
        {
            return JsonNode.Parse(line.AsSpan(Prefix.Length).ToString(), documentOptions: NotebookStructure.ReadOptions) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Line(JsonObject message) => Prefix + message.ToJsonString(Compact);
}
