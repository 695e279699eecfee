namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper timeline [--by year|month] [--stack category|code|none] [filters]</c>: papers per period.</summary>
public sealed class ShowPaperTimeline : PaperFilterCommand
{
    /// <summary><c>--by</c>: year or month.</summary>
    public string? By { get; set; }

    /// <summary><c>--stack</c>: category, code or none.</summary>
    public string? Stack { get; set; }
}
