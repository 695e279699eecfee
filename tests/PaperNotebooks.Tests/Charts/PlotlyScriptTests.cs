using PaperNotebooks.Charts;

namespace PaperNotebooks.Tests.Charts;

public sealed class PlotlyScriptTests
{
    [Fact]
    public void The_embedded_plotly_is_the_pinned_2_35_bundle()
    {
        Assert.Matches(@"^2\.35\.\d+$", PlotlyScript.Version);
        Assert.StartsWith("/**\n* plotly.js v" + PlotlyScript.Version + "\n", PlotlyScript.Source);
        Assert.Contains("t.Plotly=e()", PlotlyScript.Source);
        Assert.True(PlotlyScript.Source.Length > 1_000_000);
    }

    [Fact]
    public void The_inline_tag_of_the_embedded_bundle_has_one_closing_script_tag()
    {
        var tag = PlotlyHtml.InlineScriptTag();

        Assert.Equal(tag.Length - "</script>".Length, tag.IndexOf("</script", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_inline_tag_decoded_from_the_embedded_bytes_is_the_tag_of_the_source_text()
    {
        Assert.Equal(PlotlyHtml.InlineScriptTag(PlotlyScript.Source), PlotlyHtml.InlineScriptTag());
        Assert.Equal(PlotlyScript.Source, System.Text.Encoding.UTF8.GetString(PlotlyScript.Utf8.Span));
    }
}
