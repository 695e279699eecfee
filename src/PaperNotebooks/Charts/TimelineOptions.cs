namespace PaperNotebooks.Charts;

/// <summary>How a timeline counts and splits papers.</summary>
public sealed record TimelineOptions
{
    public static TimelineOptions Default { get; } = new();

    public TimelinePeriod By { get; init; } = TimelinePeriod.Year;

    public TimelineStack Stack { get; init; } = TimelineStack.Category;

    /// <summary>The most segments a bar is split into when stacking by category; smaller categories are merged
    /// into "Other". At least 2.</summary>
    public int MaxSeries { get; init; } = 8;
}
