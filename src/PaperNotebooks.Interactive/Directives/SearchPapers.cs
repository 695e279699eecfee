using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper search &lt;query&gt; [--from &lt;var&gt;] [--top &lt;n&gt;]</c>: ranked papers for a query.</summary>
public sealed class SearchPapers : KernelDirectiveCommand
{
    /// <summary>What .NET Interactive bound; the typed line gives the whole query, quotes included.</summary>
    public string? Query { get; set; }

    public string? From { get; set; }

    /// <summary><c>--top</c>: at most this many hits.</summary>
    public string? Top { get; set; }
}
