using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Formatters;
using static PaperNotebooks.Interactive.Tests.ChartFigures;

namespace PaperNotebooks.Interactive.Tests;

/// <summary>plotly.js goes into the page once per kernel session, with the first chart, unless the host says otherwise.</summary>
public sealed class PlotlyInliningTests
{
    [Fact]
    public async Task The_first_chart_of_a_session_carries_plotly_inline_and_the_next_ones_do_not()
    {
        using var kernel = await PaperKernel.SeededAsync();

        string topics = PaperKernel.Html(await kernel.RunAsync("#!paper topics"));
        string authors = PaperKernel.Html(await kernel.RunAsync("#!paper authors"));
        string fromCSharp = PaperKernel.Html(await kernel.RunAsync("PaperNotebooks.Charts.PaperCharts.TimelineChart(papers)"));

        Assert.Equal(1, InlinedPlotly(topics));
        Assert.True(PlotlyComesFirst(topics));
        Assert.Equal(2, In(topics).Count);
        Assert.Equal(0, InlinedPlotly(authors));
        Assert.Equal(0, InlinedPlotly(fromCSharp));
        Assert.Contains(PlotlyHtml.LoadFailureMessage, authors);
        Assert.Single(In(fromCSharp));
    }

    [Fact]
    public async Task A_chart_from_csharp_first_carries_plotly_and_each_kernel_has_its_own_session()
    {
        using var first = await PaperKernel.SeededAsync();
        using var second = await PaperKernel.SeededAsync();

        string fromCSharp = PaperKernel.Html(await first.RunAsync("PaperNotebooks.Charts.PaperCharts.AuthorsChart(papers)"));
        string firstAgain = PaperKernel.Html(await first.RunAsync("#!paper timeline"));
        string inSecond = PaperKernel.Html(await second.RunAsync("#!paper timeline"));

        Assert.Equal(1, InlinedPlotly(fromCSharp));
        Assert.Equal(0, InlinedPlotly(firstAgain));
        Assert.Equal(1, InlinedPlotly(inSecond));
    }

    [Fact]
    public async Task A_figure_takes_its_turn_with_the_charts_of_the_session()
    {
        using var kernel = await PaperKernel.SeededAsync();

        string figure = PaperKernel.Html(await kernel.RunAsync("PaperNotebooks.Charts.PaperFigures.TopicsFigure(papers)"));
        string chart = PaperKernel.Html(await kernel.RunAsync("#!paper timeline"));

        Assert.Equal(1, InlinedPlotly(figure));
        Assert.True(PlotlyComesFirst(figure));
        Assert.Equal(0, InlinedPlotly(chart));
    }

    [Theory]
    [InlineData(PlotlyInlining.Never, 0)]
    [InlineData(PlotlyInlining.EveryChart, 1)]
    public async Task The_host_chooses_which_charts_carry_plotly_and_a_later_load_keeps_its_choice(PlotlyInlining inlining, int each)
    {
        using var kernel = await PaperKernel.SeededAsync(new PaperExtensionOptions { InlinePlotly = inlining });
        string first = PaperKernel.Html(await kernel.RunAsync("#!paper timeline"));
        // The notebook's own #r of the package loads the extension again, with the default options.
        PaperKernelExtension.Load(kernel.Kernel);
        string second = PaperKernel.Html(await kernel.RunAsync("#!paper timeline"));

        Assert.Equal(each, InlinedPlotly(first));
        Assert.Equal(each, InlinedPlotly(second));
        Assert.Single(In(second));
    }

    [Fact]
    public void A_chart_formatted_outside_any_kernel_carries_plotly_since_nothing_tells_what_the_page_holds()
    {
        PaperFormatters.Register();
        var chart = new[] { OnePaper() }.TimelineChart();

        Assert.Equal(1, InlinedPlotly(chart.ToDisplayString(HtmlFormatter.MimeType)));
        Assert.Equal(1, InlinedPlotly(chart.ToDisplayString(HtmlFormatter.MimeType)));
        Assert.Equal("Chart: Papers per year, by category (Year 2024)", chart.ToDisplayString(PlainTextFormatter.MimeType));
    }

    private static Model.Paper OnePaper() => new()
    {
        Id = "doe2024a",
        Title = "A",
        Authors = ["Jane Doe"],
        Category = "cs.LG",
        CategoryName = "Machine Learning",
        Published = new DateOnly(2024, 7, 4),
        Abstract = "",
        Line = 1,
    };
}
