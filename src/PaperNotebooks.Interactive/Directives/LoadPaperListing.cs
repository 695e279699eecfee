using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper load [&lt;path&gt;] [--name &lt;var&gt;] [--as-of YYYY-MM-DD]</c>.</summary>
public sealed class LoadPaperListing : KernelDirectiveCommand
{
    /// <summary>The listing, relative to the notebook's folder; null for the bundled seed listing.</summary>
    public string? Path { get; set; }

    /// <summary>The C# variable to define; <c>&lt;Name&gt;Frame</c> gets the DataFrame. Default <c>papers</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>--as-of</c>: YYYY-MM-DD.</summary>
    public string? AsOf { get; set; }
}
