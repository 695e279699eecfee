using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper</c> alone, or <c>#!paper help [&lt;subcommand&gt;]</c>.</summary>
public sealed class ShowPaperHelp : KernelDirectiveCommand
{
    /// <summary>The subcommand to explain; null for all.</summary>
    public string? Topic { get; set; }
}
