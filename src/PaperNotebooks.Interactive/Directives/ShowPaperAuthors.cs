namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper authors [--top &lt;n&gt;] [--network] [filters]</c>: the top authors, and who wrote with whom.</summary>
public sealed class ShowPaperAuthors : PaperFilterCommand
{
    /// <summary><c>--top</c>: how many authors.</summary>
    public string? Top { get; set; }

    /// <summary><c>--network</c>: the co-authorship network too.</summary>
    public bool Network { get; set; }
}
