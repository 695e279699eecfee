using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper stats [--from &lt;var&gt;]</c>.</summary>
public sealed class ShowPaperStatistics : KernelDirectiveCommand
{
    public string? From { get; set; }
}
