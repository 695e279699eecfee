namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper topics [--chart bar|pie|treemap] [filters]</c>: papers per category, and per category and year.</summary>
public sealed class ShowPaperTopics : PaperFilterCommand
{
    /// <summary><c>--chart</c>: bar, pie or treemap.</summary>
    public string? Chart { get; set; }
}
