namespace PaperNotebooks.Interactive.Query;

/// <summary>What <c>--sort</c> orders by.</summary>
internal enum PaperSortKey
{
    Date,
    Title,
    Score,
    Authors,
}
