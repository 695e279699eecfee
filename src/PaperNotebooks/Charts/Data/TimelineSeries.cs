namespace PaperNotebooks.Charts.Data;

/// <summary>One stacked segment of a timeline: its papers in every period of <see cref="TimelineData.Periods"/>.</summary>
/// <param name="Key">What the series stands for: a category (<c>cs.LG</c>), <c>other</c>, <c>code</c>, <c>no-code</c> or <c>all</c>.</param>
/// <param name="Name">The legend text (<c>Machine Learning (cs.LG)</c>).</param>
/// <param name="Bars">One group per period, zero where the series has no paper.</param>
public sealed record TimelineSeries(string Key, string Name, IReadOnlyList<PaperGroup> Bars)
{
    public IReadOnlyList<int> Counts => Bars.Select(b => b.Papers).ToArray();

    public int Total => Bars.Sum(b => b.Papers);
}
