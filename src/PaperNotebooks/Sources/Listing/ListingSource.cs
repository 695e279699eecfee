using PaperNotebooks.Sources;

namespace PaperNotebooks.Listing;

/// <summary>The listing format: three lines a paper (meta line, title running into authors, abstract), read in
/// blocks on all cores.</summary>
internal sealed class ListingSource : IPaperSource
{
    public static ListingSource Instance { get; } = new();

    public string Name => "listing";

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <summary>A meta line among the first lines.</summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        for (int lines = 0; lines < 20 && head.Length > 0; lines++)
        {
            int end = head.IndexOfAny((byte)'\n', (byte)'\r');
            var line = (end < 0 ? head : head[..end]).Trim(" \t"u8);
            if (line.Length <= 66 && MetaLine.TryMatch(line, out _)) return true;
            if (end < 0) break;
            head = head[LineEnds.After(head, end)..];
        }
        return false;
    }

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink) =>
        ListingScanner.Scan(data, length, context, sink);
}
