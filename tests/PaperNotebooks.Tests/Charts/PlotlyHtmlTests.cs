using PaperNotebooks.Charts;

namespace PaperNotebooks.Tests.Charts;

public sealed class PlotlyHtmlTests
{
    private const string Hostile = "</script><script>alert(1)</script>";

    private static XPlot.Plotly.PlotlyChart HostileChart() =>
        new[] { ChartPapers.Paper("x", Hostile, new DateOnly(2024, 1, 1), "cs.LG", "<b>Mallory</b> & Co") }.AuthorsChart();

    [Fact]
    public void A_fragment_is_a_sized_div_with_the_script_that_draws_the_chart_in_it()
    {
        var html = ChartMarkup.Parse(PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { ElementId = "chart-1" }));

        Assert.Equal("chart-1", html.Div.Id);
        Assert.Equal("width: 100%; max-width: 900px; height: 334px;", html.Div.GetAttribute("style"));
        Assert.Empty(html.Div.ChildNodes);
        Assert.Equal("text/javascript", html.Script.GetAttribute("type"));
        Assert.Equal("chart-1", (string?)html.Variable("id"));
        Assert.Equal(PlotlyHtml.LoadFailureMessage, (string?)html.Variable("message"));
        Assert.Equal("Machine Learning (cs.LG)", (string?)html.Figure["data"]![0]!["y"]![0]);
    }

    [Fact]
    public void A_paper_title_that_closes_the_script_element_stays_inside_the_json()
    {
        var html = ChartMarkup.Parse(PlotlyHtml.Fragment(HostileChart()));

        Assert.Single(html.Page.Scripts);
        Assert.Contains("• &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", (string?)html.Figure["data"]![0]!["hovertext"]![0]);
    }

    [Fact]
    public void A_chart_title_set_by_hand_stays_inside_the_json()
    {
        var chart = ChartPapers.Seed.TopicsChart();
        chart.WithTitle(Hostile);

        var html = ChartMarkup.Parse(PlotlyHtml.Fragment(chart));

        Assert.Single(html.Page.Scripts);
        Assert.Equal(Hostile, (string?)html.Figure["layout"]!["title"]);
    }

    [Fact]
    public void Text_from_a_listing_reaches_plotly_entity_encoded()
    {
        var figure = ChartPapers.Figure(HostileChart());

        var bar = figure["data"]![0]!;
        Assert.Equal("&lt;b&gt;Mallory&lt;/b&gt; &amp; Co", (string?)bar["y"]![0]);
        Assert.Contains("• &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", (string?)bar["hovertext"]![0]);
    }

    [Fact]
    public void The_element_id_and_the_script_url_are_encoded_where_they_are_written()
    {
        const string id = "a\"><img src=x onerror=alert(1)>", url = "plotly.min.js?</script>";

        var html = ChartMarkup.Parse(PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { ElementId = id, ScriptUrl = url }));

        Assert.Empty(html.Page.QuerySelectorAll("img"));
        Assert.Equal(id, html.Div.Id);
        Assert.Equal(id, (string?)html.Variable("id"));
        Assert.Equal(url, (string?)html.Variable("src"));
    }

    [Fact]
    public void Without_a_script_url_the_chart_waits_for_plotly_and_loads_nothing_itself()
    {
        var html = ChartMarkup.Parse(PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { LoadTimeout = TimeSpan.FromSeconds(2) }));

        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, html.Variable("src").Type);
        Assert.Equal(2000, (int)html.Variable("timeout"));
    }

    [Fact]
    public void Each_fragment_gets_its_own_element_id()
    {
        var chart = ChartPapers.Seed.TopicsChart();

        var ids = Enumerable.Range(0, 3).Select(_ => ChartMarkup.Parse(PlotlyHtml.Fragment(chart)).Div.Id!).ToArray();

        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("papernb-plot-", id));
    }

    [Fact]
    public void Placeholder_like_text_in_a_title_is_left_alone()
    {
        var chart = new[] { ChartPapers.Paper("x", "{{id}} and {{src}}", new DateOnly(2024, 1, 1), "cs.LG", "Ann") }.AuthorsChart();

        var html = ChartMarkup.Parse(PlotlyHtml.Fragment(chart, new PlotlyHtmlOptions { ElementId = "chart-2" }));

        Assert.Equal("chart-2", (string?)html.Variable("id"));
        Assert.Contains("• {{id}} and {{src}}", (string?)html.Figure["data"]![0]!["hovertext"]![0]);
    }

    [Fact]
    public void The_inline_script_tag_cannot_be_closed_early_by_the_source_it_carries()
    {
        var html = ChartMarkup.Parse(PlotlyHtml.InlineScriptTag("var s = '</SCRIPT><!-- x'; window.Plotly = { s: s };"));

        string script = html.Script.TextContent;
        Assert.Equal("text/javascript", html.Script.GetAttribute("type"));
        Assert.Contains("var s = '\\x3C/SCRIPT>\\x3C!-- x';", script);
        Assert.StartsWith("\nif (!window.Plotly) {\n(function (define, module, exports) {\n", script);
    }
}
