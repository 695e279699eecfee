using PaperNotebooks.Model;

namespace PaperNotebooks.Query;

/// <summary>One paper found by a search, with what in it matched.</summary>
/// <param name="Score">The relevance score (BM25, title matches weighted above abstract matches); higher is better.</param>
/// <param name="Title">The whole title, with the words that matched.</param>
/// <param name="Snippet">The best passages of the abstract with the words that matched (joined by <c>…</c>),
/// or its opening when only other fields matched.</param>
/// <param name="Authors">The authors joined by <c>", "</c>, with the names that matched.</param>
public sealed record SearchHit(Paper Paper, float Score, HighlightedText Title, HighlightedText Snippet, HighlightedText Authors);
