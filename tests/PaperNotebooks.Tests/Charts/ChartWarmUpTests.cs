using PaperNotebooks.Charts;
using PaperNotebooks.Charts.Data;

namespace PaperNotebooks.Tests.Charts;

/// <summary>Each chart's first drawing in a process is made after the load, between cells, on papers of the warm-up's own
/// (<see cref="ChartWarmUp"/>), so that the notebook's first chart of each kind does not pay for it.</summary>
public sealed class ChartWarmUpTests
{
    [Fact]
    public async Task A_warm_up_draws_every_kind_of_chart_the_directives_draw_without_an_error()
    {
        var warmUp = new ChartWarmUp { QuietFor = TimeSpan.FromMilliseconds(50) };

        await warmUp.StartOnce();

        Assert.Equal(ChartWarmUp.FigureKinds, warmUp.FiguresDrawn);
        Assert.True(ChartWarmUp.FigureKinds >= 6);
    }

    [Fact]
    public async Task A_second_start_gives_the_drawing_already_started_and_draws_nothing_again()
    {
        var warmUp = new ChartWarmUp { QuietFor = TimeSpan.FromMilliseconds(50) };

        var first = warmUp.StartOnce();
        Assert.Same(first, warmUp.StartOnce());
        await first;
        await warmUp.StartOnce();

        Assert.Equal(ChartWarmUp.FigureKinds, warmUp.FiguresDrawn);
    }

    [Fact]
    public async Task A_warm_up_started_while_a_directive_holds_the_machine_draws_once_the_hold_ends()
    {
        var warmUp = new ChartWarmUp { QuietFor = TimeSpan.FromMilliseconds(50) };
        Task drawing;
        using (PaperNotebooks.Search.ForegroundWork.Hold())
        {
            drawing = warmUp.StartOnce();
            await Task.Delay(300);
            Assert.Equal(0, warmUp.FiguresDrawn);
        }

        await drawing;
        Assert.Equal(ChartWarmUp.FigureKinds, warmUp.FiguresDrawn);
    }

    [Fact]
    public async Task A_warm_up_waits_while_directives_follow_one_another_closely_and_draws_once_they_stop()
    {
        var warmUp = new ChartWarmUp();   // a second of quiet before each drawing, as in a kernel
        var drawing = warmUp.StartOnce();
        // Cells a few milliseconds apart, each holding the machine for 30 ms, for a second and a half: far closer than
        // the quiet a drawing waits for.
        for (int cell = 0; cell < 50; cell++)
        {
            using (PaperNotebooks.Search.ForegroundWork.Hold()) await Task.Delay(30);
        }
        Assert.Equal(0, warmUp.FiguresDrawn);

        await drawing;
        Assert.Equal(ChartWarmUp.FigureKinds, warmUp.FiguresDrawn);
    }

    [Fact]
    public void The_warm_up_papers_fill_every_series_the_charts_write()
    {
        var sample = ChartWarmUp.Sample();

        var topicYears = TopicYearData.Compute(sample);
        Assert.Equal(6, topicYears.Years.Count);
        Assert.Equal(6, topicYears.Topics.Count);
        Assert.All(topicYears.Cells, row => Assert.Contains(row, cell => cell.Papers > 0));
        Assert.Contains("heatmap", PlotlyHtml.Fragment(sample.TopicYearFigure()));
        Assert.Contains("\"pie\"", PlotlyHtml.Fragment(sample.TopicsFigure(TopicChartKind.Pie)));
        Assert.Contains("treemap", PlotlyHtml.Fragment(sample.TopicsFigure(TopicChartKind.Treemap)));
        Assert.Contains("Ana Silva", PlotlyHtml.Fragment(sample.AuthorsFigure()));
    }
}
