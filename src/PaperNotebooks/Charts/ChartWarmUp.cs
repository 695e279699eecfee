using PaperNotebooks.Charts.Figures;
using PaperNotebooks.Model;
using PaperNotebooks.Search;

namespace PaperNotebooks.Charts;

/// <summary>
/// Draws each chart the notebook directives draw once, on a few made-up papers, in the background: a process's first
/// drawing of a kind costs more than its data, because Newtonsoft.Json builds a contract for each XPlot.Plotly type
/// it writes and compiles a method for every property it asks whether to write (the topic/year heatmap of
/// <c>#!paper topics</c>: 20 of its 22 ms at 200,000 papers the first time, 1.6 ms after). Started as a load ends, it
/// runs at background priority, and before each drawing waits until no directive has held the machine
/// (<see cref="ForegroundWork"/>) for a moment (<see cref="QuietFor"/>): it draws between cells, not in them. Beside the read
/// instead, the compiling it sets off (XPlot.Plotly's F# code is compiled optimised at once, with Newtonsoft.Json's)
/// took a core from the read: 0.4-0.6 s of a 1M load in a kernel. What a drawing throws here is left to the real drawing
/// to report.
/// </summary>
public sealed class ChartWarmUp
{
    /// <summary>The process's warm-up, started by the first load that asks.</summary>
    public static ChartWarmUp Process { get; } = new();

    private readonly Lock _gate = new();
    private Task? _drawing;
    private int _drawn;

    /// <summary>How many figures the warm-up has drawn without an error.</summary>
    public int FiguresDrawn => Volatile.Read(ref _drawn);

    /// <summary>Starts the drawing unless it has started already; the drawing.</summary>
    public Task StartOnce()
    {
        lock (_gate)
        {
            return _drawing ??= BackgroundPriority.Start(() => Draw(Sample()));
        }
    }

    /// <summary>Papers enough for every series of every chart to have points: six categories over six years, a few
    /// authors each.</summary>
    internal static IReadOnlyList<Paper> Sample()
    {
        string[] categories = ["cs.CL", "cs.LG", "cs.CV", "cs.AI", "stat.ML", "cs.RO"];
        string[] people = ["Ana Silva", "Wei Zhang", "Maria Garcia", "John Smith", "Yuki Tanaka", "Olga Ivanova", "Kofi Mensah", "Lena Fischer"];
        return Enumerable.Range(0, 48).Select(i => new Paper
        {
            Id = $"sample{i}",
            Title = $"A sample paper on topic {i % 7}",
            Authors = [people[i % people.Length], people[(i + 3) % people.Length]],
            Category = categories[i % categories.Length],
            CategoryName = ArxivCategories.FindById(categories[i % categories.Length])?.Name,
            Published = new DateOnly(2019 + i % 6, 1 + i % 12, 1 + i % 28),
        }).ToArray();
    }

    /// <summary>How many kinds of chart a warm-up draws.</summary>
    internal static int FigureKinds => Figures.Length;

    private static readonly Func<IReadOnlyList<Paper>, ChartFigure>[] Figures =
    [
        papers => papers.TimelineFigure(),
        papers => papers.TopicsFigure(),
        papers => papers.TopicYearFigure(),
        papers => papers.AuthorsFigure(),
        papers => papers.TopicsFigure(TopicChartKind.Pie),
        papers => papers.TopicsFigure(TopicChartKind.Treemap),
    ];

    /// <summary>How long no directive must have held the machine before a drawing starts (by default a second): far
    /// longer than the gap between two cells of a notebook run whole, so that the drawing (the first compiles for a few
    /// hundred milliseconds) falls between cells someone runs by hand, or into a long cell that holds nothing (a
    /// search), not into the next chart. A quarter of a second was not enough: in a kernel busy after a 1M load, the
    /// gap between one directive's end and the next one's start (the kernel's own handling of the cell) can be
    /// longer, and the drawing then slowed the notebook's second chart (0.29 s against 0.03-0.07).</summary>
    internal TimeSpan QuietFor { get; init; } = TimeSpan.FromSeconds(1);

    private void Draw(IReadOnlyList<Paper> sample)
    {
        foreach (var figure in Figures)
        {
            BackgroundPriority.WaitUntilQuiet(QuietFor);
            try
            {
                PlotlyHtml.Fragment(figure(sample));
                Interlocked.Increment(ref _drawn);
            }
            catch (Exception)
            {
                // Best effort: the same drawing in a cell reports what went wrong there.
            }
        }
    }
}
