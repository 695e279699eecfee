namespace PaperNotebooks.Sources;

/// <summary>Where a source's entries start: a listing's meta line, or every line of JSON lines.</summary>
internal interface IEntryBoundary
{
    /// <summary>Lines longer than this never start an entry and are not looked at.</summary>
    int MaxLineLength { get; }

    /// <summary>True when <paramref name="line"/> (without its line end, trimmed) starts an entry.</summary>
    bool IsEntryStart(ReadOnlySpan<byte> line);
}
