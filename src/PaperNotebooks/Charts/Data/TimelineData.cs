using System.Globalization;
using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Papers per year or month, split into series, with every period between the first and the last paper
/// present (a period without papers counts zero rather than being left out).</summary>
/// <param name="Periods">The first day of each period, ascending, without gaps.</param>
/// <param name="Series">The segments of each bar, largest first; "Other" last; "With code" before "Without code".</param>
public sealed record TimelineData(TimelinePeriod Period, IReadOnlyList<DateOnly> Periods, IReadOnlyList<TimelineSeries> Series)
{
    internal const int TitlesPerBar = 3;

    /// <summary>The periods as the chart labels them: <c>2024</c> or <c>2024-03</c>.</summary>
    public IReadOnlyList<string> Labels => Periods.Select(LabelOf).ToArray();

    /// <summary>Papers per period, all series together.</summary>
    public IReadOnlyList<int> Totals =>
        Enumerable.Range(0, Periods.Count).Select(i => Series.Sum(s => s.Bars[i].Papers)).ToArray();

    public string LabelOf(DateOnly period) =>
        period.ToString(Period == TimelinePeriod.Year ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture);

    public static TimelineData Compute(IEnumerable<Paper> papers, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        options ??= TimelineOptions.Default;
        if (options.MaxSeries < 2)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxSeries, "A timeline needs room for at least two series.");

        var bySeries = new Dictionary<string, SeriesTally>(StringComparer.Ordinal);
        if (options.Stack == TimelineStack.Code)
        {
            // Both series always, so the legend reads the same on every listing.
            bySeries[WithCode.Key] = new SeriesTally(WithCode.Key, WithCode.Name);
            bySeries[WithoutCode.Key] = new SeriesTally(WithoutCode.Key, WithoutCode.Name);
        }
        int first = int.MaxValue, last = int.MinValue;
        foreach (var paper in papers)
        {
            int period = PeriodIndex(paper.Published, options.By);
            first = Math.Min(first, period);
            last = Math.Max(last, period);
            string key = SeriesKey(paper, options.Stack);
            // The series' name is made once, with the series, not for every paper.
            if (!bySeries.TryGetValue(key, out var series))
                bySeries[key] = series = new SeriesTally(key, SeriesOf(paper, options.Stack).Name);
            series.Add(period, paper.Title);
        }
        if (first > last) return new TimelineData(options.By, [], []);

        var periods = Enumerable.Range(first, last - first + 1).ToArray();
        var ranked = options.Stack == TimelineStack.Code
            ? [bySeries[WithCode.Key], bySeries[WithoutCode.Key]]
            : bySeries.Values.OrderByDescending(s => s.Papers).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        int kept = Ranking.Kept(ranked.Length, options.MaxSeries);

        var result = ranked.Take(kept)
            .Select(s => new TimelineSeries(s.Key, s.Name, periods.Select(s.BarOf).ToArray()))
            .ToList();
        if (kept < ranked.Length)
        {
            var rest = ranked[kept..];
            result.Add(new TimelineSeries("other", CategoryLabel.Other(rest.Length),
                periods.Select(p => TitleSample.Merge(rest.Select(s => s.SampleOf(p)).OfType<TitleSample>(), TitlesPerBar)).ToArray()));
        }
        return new TimelineData(options.By, periods.Select(p => PeriodStart(p, options.By)).ToArray(), result);
    }

    private static readonly (string Key, string Name) WithCode = ("code", "With code");
    private static readonly (string Key, string Name) WithoutCode = ("no-code", "Without code");

    private static string SeriesKey(Paper paper, TimelineStack stack) => stack switch
    {
        TimelineStack.Category => paper.Category,
        TimelineStack.Code => paper.HasCode ? WithCode.Key : WithoutCode.Key,
        _ => "all",
    };

    private static (string Key, string Name) SeriesOf(Paper paper, TimelineStack stack) => stack switch
    {
        TimelineStack.Category => (paper.Category, CategoryLabel.Of(paper.Category, CategoryLabel.NameOf(paper))),
        TimelineStack.Code => paper.HasCode ? WithCode : WithoutCode,
        _ => ("all", "Papers"),
    };

    private static int PeriodIndex(DateOnly date, TimelinePeriod by) =>
        by == TimelinePeriod.Year ? date.Year : date.Year * 12 + date.Month - 1;

    private static DateOnly PeriodStart(int index, TimelinePeriod by) =>
        by == TimelinePeriod.Year ? new DateOnly(index, 1, 1) : new DateOnly(index / 12, index % 12 + 1, 1);

    private sealed class SeriesTally(string key, string name)
    {
        private readonly Dictionary<int, TitleSample> _bars = [];

        public string Key { get; } = key;
        public string Name { get; } = name;
        public int Papers { get; private set; }

        public void Add(int period, string title)
        {
            Papers++;
            if (!_bars.TryGetValue(period, out var sample))
                _bars[period] = sample = new TitleSample(TitlesPerBar);
            sample.Add(title);
        }

        public TitleSample? SampleOf(int period) => _bars.GetValueOrDefault(period);

        public PaperGroup BarOf(int period) => SampleOf(period)?.ToGroup() ?? PaperGroup.Empty;
    }
}
