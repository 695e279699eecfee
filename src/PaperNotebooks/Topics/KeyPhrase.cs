namespace PaperNotebooks.Topics;

/// <summary>A key phrase of one to three words.</summary>
/// <param name="Phrase">As most often written, in lower case but for acronyms (<c>mixture of experts</c>, <c>KV cache</c>).</param>
/// <param name="Count">For a collection, how many papers contain the phrase; for one paper, how often it occurs there.</param>
/// <param name="Weight">The tf-idf-like weight the phrases are ranked by; only comparable within one list.</param>
public sealed record KeyPhrase(string Phrase, int Count, double Weight)
{
    public override string ToString() => $"{Phrase} ({Count})";
}
