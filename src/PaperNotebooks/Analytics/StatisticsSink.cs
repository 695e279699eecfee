using PaperNotebooks.Model;
using PaperNotebooks.Sources;

namespace PaperNotebooks.Analytics;

/// <summary>Counts papers as a source reads them, one accumulator per thread, without holding the papers.</summary>
internal sealed class StatisticsSink : IPaperSink, IDisposable
{
    private readonly ThreadLocal<StatisticsAccumulator> _perThread = new(() => new StatisticsAccumulator(), trackAllValues: true);

    public PaperDetail Detail => PaperDetail.Counts;

    public void Begin(int parts) { }

    public Action<Paper> Part(int part) => _perThread.Value!.Add;

    public ListingStatistics ToStatistics(int topAuthors)
    {
        var total = new StatisticsAccumulator();
        foreach (var part in _perThread.Values) total.Merge(part);
        return total.ToStatistics(topAuthors);
    }

    public void Dispose() => _perThread.Dispose();
}
