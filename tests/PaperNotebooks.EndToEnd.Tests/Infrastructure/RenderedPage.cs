using System.Text.RegularExpressions;

namespace PaperNotebooks.EndToEnd.Tests.Infrastructure;

/// <summary>What a browser made of a page: how many charts plotly drew and whether any failed to load plotly.js.</summary>
internal sealed partial record RenderedPage(string Dom)
{
    /// <summary>Chart containers written by PlotlyHtml.</summary>
    public int ChartDivs => ChartDiv().Count(Dom);

    /// <summary>Chart containers that plotly turned into a plot.</summary>
    public int DrawnCharts => DrawnChart().Count(Dom);

    /// <summary>plotly's SVG layers; every drawn chart has at least one.</summary>
    public int MainSvgs => MainSvg().Count(Dom);

    public bool AnyLoadFailure => Dom.Contains("data-papernb-error=\"plotly\"", StringComparison.Ordinal);

    [GeneratedRegex("""<div[^>]*class="papernb-chart[ "]""")]
    private static partial Regex ChartDiv();

    [GeneratedRegex("""<div[^>]*class="papernb-chart[^"]*js-plotly-plot""")]
    private static partial Regex DrawnChart();

    [GeneratedRegex("""<svg[^>]*class="main-svg""")]
    private static partial Regex MainSvg();
}
