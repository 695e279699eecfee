namespace PaperNotebooks.Charts.Data;

/// <summary>How many papers fall in one bar, slice or cell of a chart, and the first few of their titles (for hover text).</summary>
/// <param name="Papers">The number of papers.</param>
/// <param name="Titles">Up to a handful of their titles, in listing order.</param>
public sealed record PaperGroup(int Papers, IReadOnlyList<string> Titles)
{
    public static PaperGroup Empty { get; } = new(0, []);
}
