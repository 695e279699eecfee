namespace PaperNotebooks.Interactive.Directives;

/// <summary>The filters, order and limit <c>#!paper list</c> and <c>#!paper export</c> share.</summary>
public abstract class PaperQueryCommand : PaperFilterCommand
{
    /// <summary><c>--sort</c>: date, title, score or authors.</summary>
    public string? Sort { get; set; }

    /// <summary><c>--desc</c>.</summary>
    public bool Desc { get; set; }

    /// <summary><c>--top</c>: at most this many papers.</summary>
    public string? Top { get; set; }
}
