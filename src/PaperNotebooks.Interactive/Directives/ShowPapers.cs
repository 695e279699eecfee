using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper show &lt;id or words of the title&gt; [--from &lt;var&gt;]</c>: paper cards.</summary>
public sealed class ShowPapers : KernelDirectiveCommand
{
    /// <summary>An id or words of a title; the typed line gives all the words when there are several.</summary>
    public string? Paper { get; set; }

    public string? From { get; set; }
}
