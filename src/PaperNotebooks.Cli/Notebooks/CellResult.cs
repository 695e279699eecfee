namespace PaperNotebooks.Cli.Notebooks;

/// <summary>How one cell went: its number among the code cells (1-based) and the error, if it failed.</summary>
internal sealed record CellResult(int Number, string? Error, bool ErrorExpected)
{
    public bool Failed => Error is not null && !ErrorExpected;
}
