using PaperNotebooks.Model;

namespace PaperNotebooks.Merging;

/// <summary>One paper found more than once (in several files, or twice in one), and what it was merged into.</summary>
/// <param name="Merged">The paper the collection holds: each field from the copy that has it.</param>
/// <param name="Copies">The copies as read, in reading order, each with its <see cref="Paper.Source"/> and <see cref="Paper.Line"/>.</param>
/// <param name="MatchedBy">Why the copies are one paper: <c>arXiv id 2309.14509</c>, <c>DOI 10.1145/...</c>, or <c>title, first author and year</c>.</param>
public sealed record PaperDuplicate(Paper Merged, IReadOnlyList<Paper> Copies, string MatchedBy);
