namespace PaperNotebooks.Cli;

internal static class ExitCodes
{
    public const int Clean = 0;
    public const int EntriesHadErrors = 1;
    /// <summary><c>papernb run</c>: a notebook failed (a cell, its file, or its kernel process); the others still ran.</summary>
    public const int NotebookFailed = 1;
    public const int Usage = 2;
    public const int Internal = 3;

    public const string Help =
        "Exit codes: 0 when every entry was read (warnings allowed), 1 when some entries had errors (the rest are " +
        "still written), 2 for usage or I/O errors (missing file, unknown format, an output that exists without " +
        "--force), 3 for a bug in papernb. Diagnostics go to stderr as '<path>:<line>: <severity> <code>: <message>'.";
}
