using System.Text;

namespace PaperNotebooks.Search;

/// <summary>
/// Plain text with the ranges that matched a query. No markup is added: the caller encodes <see cref="Text"/>
/// for wherever it shows it (HTML, a terminal) and marks the ranges in its own way.
/// </summary>
public sealed record HighlightedText(string Text, IReadOnlyList<TextRange> Matches)
{
    public static HighlightedText Empty { get; } = new("", []);

    public static HighlightedText Plain(string text) => new(text, []);

    public bool HasMatches => Matches.Count > 0;

    /// <summary>The text in pieces, in order, each telling whether it matched.</summary>
    public IEnumerable<(string Text, bool IsMatch)> Segments()
    {
        int at = 0;
        foreach (var match in Matches)
        {
            if (match.Start > at) yield return (Text[at..match.Start], false);
            yield return (Text.Substring(match.Start, match.Length), true);
            at = match.End;
        }
        if (at < Text.Length) yield return (Text[at..], false);
    }

    /// <summary>The text with each match between <paramref name="open"/> and <paramref name="close"/>, for plain-text display.</summary>
    public string Mark(string open = "[", string close = "]")
    {
        var marked = new StringBuilder(Text.Length + Matches.Count * (open.Length + close.Length));
        foreach (var (piece, isMatch) in Segments())
            marked.Append(isMatch ? open : "").Append(piece).Append(isMatch ? close : "");
        return marked.ToString();
    }

    public override string ToString() => Text;
}
