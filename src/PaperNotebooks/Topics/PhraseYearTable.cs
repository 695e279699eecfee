namespace PaperNotebooks.Topics;

/// <summary>
/// How many papers of each year contain each phrase: the data of a phrase-by-year heatmap (trend topics).
/// <see cref="Years"/> runs without gaps from the first year of the papers to the last.
/// </summary>
public sealed record PhraseYearTable(IReadOnlyList<int> Years, IReadOnlyList<int> PapersPerYear, IReadOnlyList<PhraseYearRow> Rows)
{
    /// <summary>The papers of <paramref name="year"/> that contain <paramref name="phrase"/>; 0 for a year or phrase not in the table.</summary>
    public int Count(string phrase, int year)
    {
        int column = Years.Count == 0 ? -1 : year - Years[0];
        var row = Rows.FirstOrDefault(r => string.Equals(r.Phrase, phrase, StringComparison.OrdinalIgnoreCase));
        return row is null || column < 0 || column >= Years.Count ? 0 : row.Counts[column];
    }
}
