using System.Text.Json.Nodes;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>One cell of a <see cref="NotebookDocument"/>; writes its outputs in nbformat 4 form. Reads only fields that
/// <see cref="NotebookStructure"/> has checked.</summary>
internal sealed class NotebookCell(JsonObject json)
{
    public bool IsCode => (string?)json["cell_type"] == "code";
    public bool IsMarkdown => (string?)json["cell_type"] == "markdown";

    public string Source => json["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    /// <summary>Tagged <c>raises-exception</c>: an error here is expected and does not stop the notebook.</summary>
    public bool RaisesException =>
        json["metadata"]?["tags"] is JsonArray tags && tags.Any(t => (string?)t == "raises-exception");

    public JsonArray Outputs => (JsonArray)(json["outputs"] ??= new JsonArray());

    public JsonNode? ExecutionCount
    {
        get => json["execution_count"];
        set => json["execution_count"] = value;
    }

    public void EnsureId(int index)
    {
        if (json["id"] is null) json["id"] = $"cell-{index}";
    }
}
