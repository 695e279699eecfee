using PaperNotebooks.Model;

namespace PaperNotebooks.Search;

/// <summary>
/// One paper found by a search, with what in it matched. The highlights are worked out when first read
/// (re-analyzing the text costs more than the search itself), so a caller that only wants the papers does not pay for them.
/// </summary>
public sealed class SearchHit
{
    private readonly Lazy<HighlightedText> _title;
    private readonly Lazy<HighlightedText> _snippet;
    private readonly Lazy<HighlightedText> _authors;

    internal SearchHit(Paper paper, float score, MatchHighlighter highlighter)
    {
        Paper = paper;
        Score = score;
        _title = new(() => highlighter.Title(paper));
        _snippet = new(() => highlighter.Snippet(paper));
        _authors = new(() => highlighter.Authors(paper));
    }

    public Paper Paper { get; }

    /// <summary>The relevance score (BM25, title matches weighted above abstract matches); higher is better.</summary>
    public float Score { get; }

    /// <summary>The whole title, with the words that matched.</summary>
    public HighlightedText Title => _title.Value;

    /// <summary>The best passages of the abstract with the words that matched (joined by <c>…</c>),
    /// or its opening when only other fields matched.</summary>
    public HighlightedText Snippet => _snippet.Value;

    /// <summary>The authors joined by <c>", "</c>, with the names that matched.</summary>
    public HighlightedText Authors => _authors.Value;

    public override string ToString() => $"{Score:0.###} {Paper.Id}";
}
