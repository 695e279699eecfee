namespace PaperNotebooks.Search;

/// <summary>A run of characters in a text: <see cref="Start"/> is 0-based.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
