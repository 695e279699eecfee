namespace PaperNotebooks.Charts.Data;

/// <summary>Two authors of a network who wrote papers together.</summary>
/// <param name="Source">The index in <see cref="AuthorNetwork.Nodes"/> of the higher-ranked author.</param>
/// <param name="Target">The index of the other author; always greater than <paramref name="Source"/>.</param>
/// <param name="JointPapers">The papers both wrote, and the first of their titles.</param>
public sealed record CoauthorEdge(int Source, int Target, PaperGroup JointPapers);
