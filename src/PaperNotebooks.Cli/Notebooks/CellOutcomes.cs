using System.Text.Json.Nodes;

namespace PaperNotebooks.Cli.Notebooks;

/// <summary>
/// The parent's copy of a notebook's code cells as the child reports them: each cell is cleared when it starts
/// and gets its outputs when it finishes, so that whatever ends the child, the notebook shows exactly what ran.
/// </summary>
internal sealed class CellOutcomes(List<NotebookCell> cells)
{
    /// <summary>The code cell running now (1-based), or 0 between cells.</summary>
    public int Running { get; private set; }

    /// <summary>The last code cell that started.</summary>
    public int Reached { get; private set; }

    /// <summary>Why a cell failed, as the child reported it.</summary>
    public string? Failure { get; private set; }

    /// <summary>The child said it is done.</summary>
    public bool Ended { get; private set; }

    /// <summary>Where the run stopped, for a message.</summary>
    public string Where => Running > 0 ? $"during cell {Running}" : Reached > 0 ? $"after cell {Reached}" : "before cell 1";

    /// <summary>Applies one message; true when it started a cell (its clock starts then).</summary>
    public bool Apply(JsonObject message)
    {
        if (CellNumber(message["started"]) is int started)
        {
            Running = Reached = started;
            var cell = Clear(cells[started - 1]);
            // Every code cell counts as one execution, as the child numbers them.
            cell.ExecutionCount = started;
            return true;
        }
        if (CellNumber(message["finished"]) is int finished)
        {
            var cell = Clear(cells[finished - 1]);
            foreach (var output in (message["outputs"] as JsonArray ?? []).ToList()) cell.Outputs.Add(output?.DeepClone());
            cell.ExecutionCount = message["execution_count"]?.DeepClone();
            if (message["error"] is JsonValue error && message["expected"] is JsonValue expected && !expected.GetValue<bool>())
            {
                Failure = $"cell {finished} failed: {error.GetValue<string>()}";
            }
            Running = 0;
        }
        else if (message["end"] is not null)
        {
            Ended = true;
        }
        return false;
    }

    /// <summary>Marks the run failed: the running cell shows <paramref name="failure"/> and, as in Jupyter after an
    /// error, the cells after it show nothing. Returns <paramref name="failure"/>.</summary>
    public string Fail(string failure)
    {
        if (Running > 0) cells[Running - 1].Outputs.Add(NotebookRunner.ErrorOutput(failure));
        foreach (var cell in cells.Skip(Running > 0 ? Running : Reached)) Clear(cell);
        return failure;
    }

    private int? CellNumber(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out int n) && n >= 1 && n <= cells.Count ? n : null;

    private static NotebookCell Clear(NotebookCell cell)
    {
        cell.Outputs.Clear();
        cell.ExecutionCount = null;
        return cell;
    }
}
