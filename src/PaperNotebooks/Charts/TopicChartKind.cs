namespace PaperNotebooks.Charts;

/// <summary>How papers per category are drawn.</summary>
public enum TopicChartKind
{
    Bar,
    Pie,
    /// <summary>Categories nested in their arXiv archive (cs, stat, math, ...).</summary>
    Treemap,
}
