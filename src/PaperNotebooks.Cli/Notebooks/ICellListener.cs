namespace PaperNotebooks.Cli.Notebooks;

/// <summary>Told when each code cell starts and how it ended (numbers count code cells from 1).</summary>
internal interface ICellListener
{
    void Started(int number);

    void Finished(NotebookCell cell, CellResult result);
}
