using Microsoft.DotNet.Interactive.Commands;

namespace PaperNotebooks.Interactive.Directives;

/// <summary>The filters that choose papers, shared by <c>list</c>, <c>export</c> and the charts. Values stay text until
/// checked, so that a bad value gets a clear message rather than a binding error.</summary>
public abstract class PaperFilterCommand : PaperDirectiveCommand
{
    /// <summary><c>--from</c>: the loaded collection (or C# variable) to read; default the one loaded last.</summary>
    public string? From { get; set; }

    /// <summary><c>--category</c>: <c>LG</c> or <c>cs.LG</c>.</summary>
    public string? Category { get; set; }

    /// <summary><c>--year</c>: <c>2024</c> or <c>2021..2024</c>.</summary>
    public string? Year { get; set; }

    /// <summary><c>--author</c>: part of a name, ignoring case and accents.</summary>
    public string? Author { get; set; }

    /// <summary><c>--has-code</c>.</summary>
    public bool HasCode { get; set; }
}
