namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper topics [--chart bar|pie|treemap] [filters] [--keywords [--top &lt;n&gt;]]</c>: papers per category,
/// and per category and year; with <c>--keywords</c>, the key phrases and their trend by year instead.</summary>
public sealed class ShowPaperTopics : PaperFilterCommand
{
    /// <summary><c>--chart</c>: bar, pie or treemap.</summary>
    public string? Chart { get; set; }

    /// <summary><c>--keywords</c>: key phrases instead of categories.</summary>
    public bool Keywords { get; set; }

    /// <summary><c>--top</c>: with <c>--keywords</c>, how many phrases.</summary>
    public string? Top { get; set; }
}
