using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// Checks, on load, every field of an nbformat 4 notebook that papernb reads, so that a field of the wrong type is
/// reported by cell and name instead of throwing in the middle of a batch. <see cref="NotebookDocument"/> and
/// <see cref="NotebookCell"/> read only fields checked here.
/// </summary>
internal static class NotebookStructure
{
    /// <summary>How deep notebook JSON may nest: nbformat puts no limit on metadata and outputs, and 64 (the
    /// System.Text.Json default) refused real, valid notebooks. Deeper than this is refused with a clear message.</summary>
    public const int MaxDepth = 1024;

    public static JsonDocumentOptions ReadOptions { get; } = new() { MaxDepth = MaxDepth };

    /// <summary>Indented as Jupyter writes notebooks, and escaped as Jupyter escapes them: only what JSON requires. The
    /// default encoder's HTML-safe escaping (<c>\u0022</c> for every quote, <c>\u003C</c>, <c>\u0026</c>, <c>\u002B</c>)
    /// made a notebook with plotly.js inlined about 0.9 MB larger; a notebook file is never read as HTML.</summary>
    public static JsonSerializerOptions WriteOptions { get; } = new()
    {
        WriteIndented = true,
        MaxDepth = MaxDepth,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Null when the notebook can be run; otherwise the first problem, as one line.</summary>
    public static string? Problem(JsonNode? root)
    {
        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray cells) return "not a Jupyter notebook (no cells)";
        if (notebook["nbformat"] is { } major && !IsWholeNumber(major)) return "nbformat must be a whole number";
        if (notebook["nbformat"] is { } four && (int)four != 4) return $"nbformat {(int)four} is not supported; papernb reads nbformat 4";
        if (notebook["nbformat_minor"] is { } minor && !IsWholeNumber(minor)) return "nbformat_minor must be a whole number";
        if (notebook["metadata"] is { } metadata && metadata is not JsonObject) return "metadata must be an object";
        for (int i = 0; i < cells.Count; i++)
        {
            if (CellProblem(cells[i]) is { } problem) return $"cell {i + 1}: {problem}";
        }
        return null;
    }

    private static string? CellProblem(JsonNode? node)
    {
        if (node is not JsonObject cell) return "must be an object";
        if (!IsString(cell["cell_type"])) return "cell_type must be a string";
        if (cell["source"] is { } source && !IsString(source) && !(source is JsonArray lines && lines.All(IsString))) return "source must be a string or a list of strings";
        if (cell["id"] is { } id && !IsString(id)) return "id must be a string";
        if (cell["metadata"] is { } metadata)
        {
            if (metadata is not JsonObject fields) return "metadata must be an object";
            if (fields["tags"] is { } tags && !(tags is JsonArray list && list.All(IsString))) return "metadata.tags must be a list of strings";
        }
        if ((string?)cell["cell_type"] != "code") return null;
        if (cell["outputs"] is { } outputs && !(outputs is JsonArray items && items.All(o => o is JsonObject))) return "outputs must be a list of objects";
        if (cell["execution_count"] is { } count && !IsWholeNumber(count)) return "execution_count must be a whole number or null";
        return null;
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static bool IsWholeNumber(JsonNode node) => node is JsonValue value && value.TryGetValue<int>(out _);
}
