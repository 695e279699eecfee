using System.Globalization;
using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Papers per year or month, split into series, with every period between the first and the last paper
/// present (a period without papers counts zero rather than being left out).</summary>
/// <param name="Periods">The first day of each period, ascending, without gaps.</param>
/// <param name="Series">The segments of each bar, largest first; "Other" last; "With code" before "Without code".</param>
public sealed record TimelineData(TimelinePeriod Period, IReadOnlyList<DateOnly> Periods, IReadOnlyList<TimelineSeries> Series)
{
    // As many as a cell of the topics heatmap keeps: a collection's bars by year and category are its cells.
    internal const int TitlesPerBar = TopicYearData.TitlesPerCell;

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

        // Years by category is what the topic charts count too: a loaded collection counts it once for all of them.
        if (options is { Stack: TimelineStack.Category, By: TimelinePeriod.Year } && papers is PaperCollection collection)
            return OfTopics(TopicTable.Of(collection), options);

        // A large list is counted in parts on all cores, merged in order: the same bars, names and first titles.
        var tally = papers is IReadOnlyList<Paper> { Count: >= InPartsFrom } list && Environment.ProcessorCount > 1
            ? InParts.Run(list.Count, Environment.ProcessorCount, (start, end) => Tally.Of(list, start, end, options)).Aggregate((earlier, later) => earlier.Add(later))
            : Tally.Of(papers, options);
        var (bySeries, first, last) = (tally.BySeries, tally.First, tally.Last);
        if (first > last) return new TimelineData(options.By, [], []);

        var ranked = options.Stack == TimelineStack.Code
            ? [bySeries[WithCode.Key], bySeries[WithoutCode.Key]]
            : bySeries.Values.OrderByDescending(s => s.Papers).ThenBy(s => s.Key, StringComparer.Ordinal).ToArray();
        return Drawn(options, first, last, ranked.Select(s => new RankedSeries(s.Key, s.Name, s.SampleOf)).ToArray());
    }

    /// <summary>Papers per year by category, read from the categories' counts per year (which keep as many first titles
    /// per cell as a bar shows).</summary>
    private static TimelineData OfTopics(TopicTable table, TimelineOptions options)
    {
        var ranked = table.Ranked();
        if (ranked.Count == 0) return new TimelineData(options.By, [], []);
        return Drawn(options, table.FirstYear, table.LastYear,
            ranked.Select(e => new RankedSeries(e.Category, CategoryLabel.Of(e.Category, e.Name), e.PerYear.GetValueOrDefault)).ToArray());
    }

    /// <summary>A series, largest first, with the papers of each of its periods (null where it has none).</summary>
    private readonly record struct RankedSeries(string Key, string Name, Func<int, TitleSample?> SampleOf);

    /// <summary>The bars of the periods from <paramref name="first"/> to <paramref name="last"/>: the series that fit
    /// <see cref="TimelineOptions.MaxSeries"/>, then one "Other" for the rest.</summary>
    private static TimelineData Drawn(TimelineOptions options, int first, int last, RankedSeries[] ranked)
    {
        var periods = Enumerable.Range(first, last - first + 1).ToArray();
        int kept = Ranking.Kept(ranked.Length, options.MaxSeries);
        var result = ranked.Take(kept)
            .Select(s => new TimelineSeries(s.Key, s.Name, periods.Select(p => s.SampleOf(p)?.ToGroup() ?? PaperGroup.Empty).ToArray()))
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

    // Below this a second core costs more than it saves.
    private const int InPartsFrom = 20_000;

    /// <summary>The series of some papers, each with its bars, and the first and last period met.</summary>
    private sealed class Tally
    {
        public Dictionary<string, SeriesTally> BySeries { get; } = new(StringComparer.Ordinal);
        public int First { get; private set; } = int.MaxValue;
        public int Last { get; private set; } = int.MinValue;

        private Tally(TimelineOptions options)
        {
            if (options.Stack != TimelineStack.Code) return;
            // Both series always, so the legend reads the same on every listing.
            BySeries[WithCode.Key] = new SeriesTally(WithCode.Key, WithCode.Name);
            BySeries[WithoutCode.Key] = new SeriesTally(WithoutCode.Key, WithoutCode.Name);
        }

        public static Tally Of(IEnumerable<Paper> papers, TimelineOptions options)
        {
            var tally = new Tally(options);
            foreach (var paper in papers) tally.Add(paper, options);
            return tally;
        }

        public static Tally Of(IReadOnlyList<Paper> papers, int start, int end, TimelineOptions options)
        {
            var tally = new Tally(options);
            for (int row = start; row < end; row++) tally.Add(papers[row], options);
            return tally;
        }

        private SeriesTally? _last;

        private void Add(Paper paper, TimelineOptions options)
        {
            int period = PeriodIndex(paper.Published, options.By);
            if (period < First) First = period;
            if (period > Last) Last = period;
            string key = SeriesKey(paper, options.Stack);
            // Papers of one series often come together; the series' name is made once, with the series.
            var series = _last is { } last && ReferenceEquals(last.Key, key) ? last : null;
            if (series is null && !BySeries.TryGetValue(key, out series))
                BySeries[key] = series = new SeriesTally(key, SeriesOf(paper, options.Stack).Name);
            (_last = series).Add(period, paper.Title);
        }

        /// <summary>Adds the papers of <paramref name="later"/>, counted from the papers after these.</summary>
        public Tally Add(Tally later)
        {
            First = Math.Min(First, later.First);
            Last = Math.Max(Last, later.Last);
            foreach (var (key, theirs) in later.BySeries)
            {
                if (BySeries.TryGetValue(key, out var mine)) mine.Add(theirs);
                else BySeries[key] = theirs;
            }
            return this;
        }
    }

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

        /// <summary>Adds the papers of <paramref name="later"/>, counted from the papers after these.</summary>
        public void Add(SeriesTally later)
        {
            Papers += later.Papers;
            foreach (var (period, sample) in later._bars)
            {
                if (_bars.TryGetValue(period, out var mine)) mine.Add(sample);
                else _bars[period] = sample;
            }
        }

        public TitleSample? SampleOf(int period) => _bars.GetValueOrDefault(period);
    }
}
