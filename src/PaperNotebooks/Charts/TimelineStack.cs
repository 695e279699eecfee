namespace PaperNotebooks.Charts;

/// <summary>What the bars of a timeline are split by.</summary>
public enum TimelineStack
{
    /// <summary>One segment per arXiv category (the largest ones, then "Other").</summary>
    Category,
    /// <summary>Papers with code and papers without.</summary>
    Code,
    /// <summary>One plain bar per period.</summary>
    None,
}
