namespace PaperNotebooks.Cli.Notebooks;

/// <summary>The child's side: writes a message per cell to the parent, flushed at once so that the parent always
/// knows which cell is running when the process dies.</summary>
internal sealed class CellMessageWriter(TextWriter output) : ICellListener
{
    public void Started(int number) => Write(CellMessages.Started(number));

    public void Finished(NotebookCell cell, CellResult result) => Write(CellMessages.Finished(cell, result));

    public void End() => Write(CellMessages.End);

    private void Write(string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
