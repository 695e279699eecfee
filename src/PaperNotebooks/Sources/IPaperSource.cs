namespace PaperNotebooks.Sources;

/// <summary>
/// One format papers are read from: a folder of <c>Sources/</c> with a class implementing this, and one line in
/// <see cref="PaperSources"/>. Reading never throws on content: what cannot be read is a diagnostic with its line.
/// </summary>
internal interface IPaperSource
{
    /// <summary>The name users give with <c>--format</c> (<c>listing</c>, <c>json</c>).</summary>
    string Name { get; }

    /// <summary>File extensions that choose this format without looking inside, with the dot (<c>.json</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the first bytes (UTF-8, no byte-order mark, up to a few KB) look like this format.</summary>
    bool Sniff(ReadOnlySpan<byte> head);

    /// <summary>Reads UTF-8 bytes into the sink.</summary>
    unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink);
}
