namespace PaperNotebooks.Filtering;

/// <summary>What <c>--sort</c> orders by.</summary>
public enum PaperSortKey
{
    Date,
    Title,
    Score,
    Authors,
}
