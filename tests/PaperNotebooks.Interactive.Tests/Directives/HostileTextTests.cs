namespace PaperNotebooks.Interactive.Tests;

/// <summary>A listing whose title, abstract and affiliations hold markup: every view shows it as text.</summary>
public sealed class HostileTextTests : IAsyncLifetime
{
    private readonly PaperKernel _kernel = new();

    public async Task InitializeAsync() => await _kernel.RunAsync("#!paper load hostile.txt --name evil");

    public Task DisposeAsync()
    {
        _kernel.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("#!paper load hostile.txt --name again")]
    [InlineData("#!paper list --from evil")]
    [InlineData("#!paper show jacobs2024long --from evil")]
    [InlineData("#!paper show example2021img --from evil")]
    [InlineData("#!paper show evil title --from evil")]
    [InlineData("#!paper stats --from evil")]
    [InlineData("#!paper export --to markdown --from evil")]
    [InlineData("#!paper export --to json --from evil")]
    [InlineData("evil")]
    [InlineData("evil[0]")]
    public async Task Markup_in_paper_text_renders_as_text(string code)
    {
        var result = await _kernel.RunAsync(code);

        string html = PaperKernel.Html(result);
        Assert.NotEmpty(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>lab", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_card_shows_the_markup_encoded()
    {
        var result = await _kernel.RunAsync("#!paper show jacobs2024long --from evil");

        string html = PaperKernel.Html(result);
        Assert.Contains("Long Context Training &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; at Scale", html);
        Assert.Contains("&lt;img src=x onerror=alert(&#39;abstract&#39;)&gt;", html);
        Assert.Contains("&lt;b&gt;lab&lt;/b&gt;", html);
        Assert.Contains("Sam Ad&#233; Jacobs, Ada Lovelace", html);
        Assert.Contains("Long Context Training <script>alert('title')</script> at Scale", PaperKernel.Text(result));
    }

    [Fact]
    public async Task An_unknown_category_is_kept_as_written_and_can_be_listed()
    {
        var result = await _kernel.RunAsync("#!paper list --from evil --category XX");

        Assert.Contains("evil: category XX — 1 match", PaperKernel.Text(result));
        Assert.Contains("title=\"not a known arXiv category\"", PaperKernel.Html(result));
    }
}
