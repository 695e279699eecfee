namespace PaperNotebooks.Charts.Data;

/// <summary>One author of a co-authorship network.</summary>
/// <param name="Papers">All the author's papers, not only those with other authors of the network.</param>
public sealed record AuthorNode(string Name, PaperGroup Papers);
