namespace PaperNotebooks.Sources;

/// <summary>Every line starts an entry: the boundary of JSON lines.</summary>
internal readonly struct NewlineBoundary : IEntryBoundary
{
    public int MaxLineLength => int.MaxValue;

    public bool IsEntryStart(ReadOnlySpan<byte> line) => true;
}
