namespace PaperNotebooks.Charts.Data;

/// <summary>One person among the top authors.</summary>
/// <param name="Name">The most common spelling of the name (accented on a tie).</param>
public sealed record RankedAuthor(string Name, PaperGroup Papers);
