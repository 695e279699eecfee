namespace PaperNotebooks.Charts;

/// <summary>The length of one bar of a timeline.</summary>
public enum TimelinePeriod
{
    Year,
    Month,
}
