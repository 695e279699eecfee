using System.Text.Json;
using System.Text.Json.Nodes;
using PaperNotebooks.Files;
using PaperNotebooks.Text;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// An nbformat 4 notebook held as JSON, so that everything papernb does not touch (metadata, attachments, cell ids)
/// survives a run unchanged.
/// </summary>
internal sealed class NotebookDocument
{
    /// <summary>Written into the notebook metadata of every executed notebook, so that a later run knows the file
    /// is papernb's own output and may replace it.</summary>
    public const string Marker = "papernb";

    private readonly JsonObject _root;

    private NotebookDocument(JsonObject root, string path)
    {
        _root = root;
        Path = path;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public IReadOnlyList<NotebookCell> Cells =>
        [.. (_root["cells"] as JsonArray ?? []).OfType<JsonObject>().Select(cell => new NotebookCell(cell))];

    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);

    /// <summary>Reads an .ipynb file; a file that is not nbformat 4 JSON, or has a field of the wrong type, gives a
    /// one-line error message instead.</summary>
    public static NotebookDocument? TryLoad(string path, out string? error)
    {
        error = InputFile.Problem(path);
        if (error is not null) return null;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: NotebookStructure.ReadOptions);
            error = NotebookStructure.Problem(root);
            return error is null ? new NotebookDocument((JsonObject)root!, path) : null;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({Excerpt.Of(e.Message, 200)})";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = Excerpt.Of(e.Message, 200);
        }
        return null;
    }

    /// <summary>Whether the file at <paramref name="path"/> is a notebook papernb wrote (see <see cref="Marker"/>).</summary>
    public static bool IsExecutedByPapernb(string path)
    {
        try
        {
            return InputFile.Problem(path) is null &&
                JsonNode.Parse(File.ReadAllText(path), documentOptions: NotebookStructure.ReadOptions) is JsonObject { } root &&
                root["metadata"] is JsonObject metadata && metadata[Marker] is JsonObject;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes the notebook atomically; <paramref name="overwrite"/> and <paramref name="inputs"/> as for
    /// <see cref="AtomicFile.Write"/>.</summary>
    /// <param name="marker">What papernb did to the notebook, kept under <see cref="Marker"/>; <c>executed</c> by default.</param>
    public void Save(string path, bool overwrite, IEnumerable<string> inputs, string marker = "executed")
    {
        _root["nbformat"] = 4;
        if (_root["nbformat_minor"] is null || (int?)_root["nbformat_minor"] < 5) _root["nbformat_minor"] = 5;
        if (_root["metadata"] is not JsonObject metadata) _root["metadata"] = metadata = new JsonObject();
        metadata[Marker] = new JsonObject { [marker] = true };
        int n = 0;
        foreach (var cell in Cells)
        {
            cell.EnsureId(n++);
        }
        AtomicFile.WriteString(path, _root.ToJsonString(NotebookStructure.WriteOptions) + "\n", overwrite, inputs);
    }
}
