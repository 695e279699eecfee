using PaperNotebooks.Listing;

namespace PaperNotebooks.Sources;

/// <summary>What a source reads with: the name that diagnostics give it, and the options.</summary>
/// <param name="BlockSize">How large a part a source that reads in parallel takes (tests make it small).</param>
internal sealed record SourceContext(string Source, ListingReadOptions Options, int BlockSize = SourceContext.DefaultBlockSize)
{
    public const int DefaultBlockSize = 8 << 20;

    /// <summary>The file the bytes a source reads map, when they do: a large one may be read from the disk instead
    /// (<see cref="SourceBlocks"/>).</summary>
    public string? Path { get; init; }

    /// <summary>An error about line <paramref name="line"/> of this source (0: the whole source).</summary>
    public SourceDiagnostic Error(string code, int line, string message) => new(code, DiagnosticSeverity.Error, Source, line, message);
}
