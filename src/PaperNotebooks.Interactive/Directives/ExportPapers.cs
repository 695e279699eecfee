namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper export --to bibtex|csv|json|markdown [--out &lt;file&gt;] [filters]</c>.</summary>
public sealed class ExportPapers : PaperQueryCommand
{
    /// <summary><c>--to</c>: the format.</summary>
    public string? To { get; set; }

    /// <summary><c>--out</c>: the file to write; without it the text is shown.</summary>
    public string? Out { get; set; }
}
