namespace PaperNotebooks.Interactive.Directives;

/// <summary><c>#!paper export --to bibtex|csv|json|markdown [--out &lt;file&gt; [--force]] [filters]</c>.</summary>
public sealed class ExportPapers : PaperQueryCommand
{
    /// <summary><c>--to</c>: the format.</summary>
    public string? To { get; set; }

    /// <summary><c>--out</c>: the file to write; without it the text is shown.</summary>
    public string? Out { get; set; }

    /// <summary><c>--force</c>: replace <c>--out</c> when it exists (never a listing loaded in the session).</summary>
    public bool Force { get; set; }
}
