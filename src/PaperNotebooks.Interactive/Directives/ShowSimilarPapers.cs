using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper similar &lt;id&gt; [--top &lt;n&gt;] [--from &lt;var&gt;]</c>: the papers most like one paper.</summary>
public sealed class ShowSimilarPapers : KernelDirectiveCommand
{
    /// <summary>The id of the paper.</summary>
    public string? Paper { get; set; }

    public string? From { get; set; }

    /// <summary><c>--top</c>: at most this many papers.</summary>
    public string? Top { get; set; }
}
