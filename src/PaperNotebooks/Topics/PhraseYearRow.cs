namespace PaperNotebooks.Topics;

/// <summary>One phrase of a <see cref="PhraseYearTable"/>: <see cref="Counts"/> has one number per year of the table.</summary>
public sealed record PhraseYearRow(string Phrase, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}
