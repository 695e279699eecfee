using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// An nbformat 4 notebook held as JSON, so that everything papernb does not touch (metadata, attachments, cell ids)
/// survives a run unchanged.
/// </summary>
internal sealed class NotebookDocument
{
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

    /// <summary>Reads an .ipynb file; a file that is not nbformat 4 JSON gives an error message instead.</summary>
    public static NotebookDocument? TryLoad(string path, out string? error)
    {
        error = null;
        try
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject root || root["cells"] is not JsonArray)
            {
                error = "not a Jupyter notebook (no cells)";
                return null;
            }
            if ((int?)root["nbformat"] is int major && major != 4)
            {
                error = $"nbformat {major} is not supported; papernb reads nbformat 4";
                return null;
            }
            return new NotebookDocument(root, path);
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message})";
        }
        catch (IOException e)
        {
            error = e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            error = e.Message;
        }
        return null;
    }

    public string? KernelLanguage => (string?)_root["metadata"]?["kernelspec"]?["language"];

    public void Save(string path)
    {
        _root["nbformat"] = 4;
        if (_root["nbformat_minor"] is null || (int?)_root["nbformat_minor"] < 5) _root["nbformat_minor"] = 5;
        int n = 0;
        foreach (var cell in Cells)
        {
            cell.EnsureId(n++);
        }
        File.WriteAllText(path, _root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
