using System.Text.RegularExpressions;
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
        var html = PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { ElementId = "chart-1" });

        Assert.StartsWith("<div id=\"chart-1\" class=\"papernb-chart\" style=\"width: 100%; max-width: 900px; height: 334px;\"></div>", html);
        Assert.Contains("var id = \"chart-1\"", html);
        Assert.Contains("Machine Learning (cs.LG)", html);
        Assert.Contains("window.Plotly", html);
        Assert.Contains("window.require", html);
        Assert.Contains(PlotlyHtml.LoadFailureMessage, html);
        Assert.EndsWith("</script>", html);
    }

    [Fact]
    public void A_paper_title_that_closes_the_script_element_stays_inside_the_json()
    {
        var html = PlotlyHtml.Fragment(HostileChart());

        Assert.DoesNotContain(Hostile, html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.Contains("\\u0026lt;/script\\u0026gt;", html);
    }

    [Fact]
    public void A_chart_title_set_by_hand_has_its_angle_brackets_escaped_in_the_json()
    {
        var chart = ChartPapers.Seed.TopicsChart();
        chart.WithTitle(Hostile);

        var html = PlotlyHtml.Fragment(chart);

        Assert.DoesNotContain(Hostile, html);
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.Contains("\"title\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"", html);
        Assert.Equal(Hostile, (string?)ChartPapers.Figure(chart)["layout"]!["title"]);
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
        var html = PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions
        {
            ElementId = "a\"><img src=x onerror=alert(1)>",
            ScriptUrl = "plotly.min.js?</script>",
        });

        Assert.DoesNotContain("<img", html);
        Assert.Contains("id=\"a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"", html);
        Assert.Contains("var id = \"a\\u0022\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\"", html);
        Assert.Contains("src = \"plotly.min.js?\\u003c/script\\u003e\"", html);
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Without_a_script_url_the_chart_waits_for_plotly_and_loads_nothing_itself()
    {
        var html = PlotlyHtml.Fragment(ChartPapers.Seed.TopicsChart(), new PlotlyHtmlOptions { LoadTimeout = TimeSpan.FromSeconds(2) });

        Assert.Contains("src = null", html);
        Assert.Contains("timeout = 2000", html);
    }

    [Fact]
    public void Each_fragment_gets_its_own_element_id()
    {
        var chart = ChartPapers.Seed.TopicsChart();

        var ids = Enumerable.Range(0, 3).Select(_ => Regex.Match(PlotlyHtml.Fragment(chart), "<div id=\"([^\"]+)\"").Groups[1].Value).ToArray();

        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("papernb-plot-", id));
    }

    [Fact]
    public void Placeholder_like_text_in_a_title_is_left_alone()
    {
        var chart = new[] { ChartPapers.Paper("x", "{{id}} and {{src}}", new DateOnly(2024, 1, 1), "cs.LG", "Ann") }.AuthorsChart();

        var html = PlotlyHtml.Fragment(chart, new PlotlyHtmlOptions { ElementId = "chart-2" });

        Assert.Contains("{{id}} and {{src}}", html);
    }

    [Fact]
    public void The_inline_script_tag_cannot_be_closed_early_by_the_source_it_carries()
    {
        var tag = PlotlyHtml.InlineScriptTag("var s = '</SCRIPT><!-- x'; window.Plotly = { s: s };");

        Assert.StartsWith("<script type=\"text/javascript\">", tag);
        Assert.Single(Regex.Matches(tag, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<!--", tag);
        Assert.Contains("var s = '\\x3C/SCRIPT>\\x3C!-- x';", tag);
        Assert.Contains("if (!window.Plotly)", tag);
        Assert.Contains("(function (define, module, exports) {", tag);
    }
}
