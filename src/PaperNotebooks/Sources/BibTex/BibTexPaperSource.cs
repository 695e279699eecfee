using System.Buffers;
using System.Text;
using System.Text.Unicode;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.BibTex;

/// <summary>
/// A <c>.bib</c> file (Zotero, Better BibTeX, Google Scholar, DBLP, arXiv, ACL Anthology exports): every entry with a
/// title and a year becomes a paper; <c>@string</c>, <c>@comment</c> and <c>@preamble</c> are not papers. An entry
/// that cannot be read is skipped with its line (<see cref="BibTexParser"/>), and the rest is read.
/// </summary>
internal sealed class BibTexPaperSource : IPaperSource
{
    public static BibTexPaperSource Instance { get; } = new();

    public string Name => "bibtex";

    public IReadOnlyList<string> Extensions { get; } = [".bib"];

    /// <summary>The first thing that is not a blank or a <c>%</c> comment line is <c>@word{</c> or <c>@word(</c>.</summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        while (true)
        {
            head = head.TrimStart(" \t\r\n"u8);
            if (head.IsEmpty || head[0] != (byte)'%') break;
            int end = head.IndexOf((byte)'\n');
            if (end < 0) return false;
            head = head[(end + 1)..];
        }
        if (head.IsEmpty || head[0] != (byte)'@') return false;
        int i = 1;
        while (i < head.Length && char.IsAsciiLetter((char)head[i])) i++;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t') i++;
        return i > 1 && i < head.Length && head[i] is (byte)'{' or (byte)'(';
    }

    /// <summary>
    /// Reads the file in parts that start at entry lines, on all cores, each part decoded and parsed on its own; the
    /// result is what one pass over the whole file gives. A part that used a macro which an earlier part's <c>@string</c>
    /// defines (rare: macros usually head the file) is read again once the parts before it are known.
    /// </summary>
    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var (source, options) = (context.Source, context.Options);
        var diagnostics = new DiagnosticList(options.MaxDiagnostics);
        var cancellation = options.CancellationToken;
        using var bytes = SourceBlocks.Of(data, length, context.Path);
        long start = SourceEncoding.Utf8MarkLength(bytes.Head(0, 3));
        var parallel = context.Parallel();
        var stores = sink.Detail == PaperDetail.Full ? new Utf8TextStore.ForFile(length) : null;
        PartRead?[] parts = [];
        Utf8TextBlock?[] abstracts = [];
        (long From, long To)[] bounds = [];
        bool invalidUtf8 = false;
        try
        {
            var run = bytes.Run(start, context.BlockSize, default(BibTexEntryBoundary), parallel,
                begin: most => (parts, abstracts, bounds) = (new PartRead?[most], new Utf8TextBlock?[most], new (long, long)[most]),
                cut: (k, from, to) => (abstracts[k], bounds[k]) = (stores?.Next(from, to), (from, to)),
                parse: (k, block, firstLine, last) =>
                {
                    var next = last ? [] : new ReadOnlySpan<byte>(data + bounds[k].To, (int)Math.Min(length - bounds[k].To, int.MaxValue));
                    parts[k] = ReadPart(block, next, firstLine, source, null, abstracts[k], cancellation);
                    abstracts[k]?.Finish();
                    if (parts[k]!.InvalidUtf8) invalidUtf8 = true;
                });
            if (run.StoppedAtLongStretch)
                diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "the file has over 2 GB without an entry line (@type{); the rest was not read"));
        }
        catch (AggregateException) when (cancellation.IsCancellationRequested)
        {
            cancellation.ThrowIfCancellationRequested();
            throw;
        }
        Utf8TextStore.SealAllInBackground(abstracts);

        // The macros each part starts with: those the parts before it define, in file order.
        var before = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < parts.Length; k++)
        {
            if (parts[k] is not { } part) continue;
            if (before.Count > 0 && part.UsedFromBefore.Any(before.ContainsKey))
            {
                cancellation.ThrowIfCancellationRequested();
                var (from, to) = bounds[k];
                bool last = to >= length;
                var again = new ReadOnlySpan<byte>(data + from, checked((int)(to - from)));
                var next = last ? [] : new ReadOnlySpan<byte>(data + to, (int)Math.Min(length - to, int.MaxValue));
                parts[k] = part = ReadPart(again, next, part.FirstLine, source, before, null, cancellation);
            }
            foreach (var (name, value) in part.Defined) before[name] = value;
        }

        if (invalidUtf8)
        {
            // Old exports are often Latin-1; read on with replacement characters rather than nothing.
            diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning, source, 0,
                "the file is not valid UTF-8; bytes that are not were read as \uFFFD"));
        }
        foreach (var part in parts)
        {
            if (part is null) continue;
            foreach (var diagnostic in part.Diagnostics) diagnostics.Add(diagnostic);
        }
        context.Deliver(sink, parts, parts.Length, part => part?.Papers ?? []);
        return diagnostics;
    }

    /// <summary>Decodes and parses one part, <paramref name="next"/> the bytes after it (empty for the file's last part),
    /// and makes its entries papers.</summary>
    private static PartRead ReadPart(ReadOnlySpan<byte> block, ReadOnlySpan<byte> next, int firstLine, string source,
        IEnumerable<KeyValuePair<string, string>>? macros, Utf8TextBlock? abstracts, CancellationToken cancellation)
    {
        // What the part ends at, as the whole file would show it: the next part's entry opener, and a little after it.
        var opener = next.IsEmpty ? [] : next[..Math.Min(next.Length, BibTexEntryBoundary.OpenerEnd(next) + 64)];
        opener = opener[..Math.Max(0, opener.IndexOfAny((byte)'\n', (byte)'\r') is int end and >= 0 ? end : opener.Length)];
        int most = block.Length + opener.Length;
        char[] text = ArrayPool<char>.Shared.Rent(Math.Max(1, most));
        try
        {
            int stop = Encoding.UTF8.GetChars(block, text);
            int length = stop + Encoding.UTF8.GetChars(opener, text.AsSpan(stop));
            var parsed = BibTexParser.ParsePart(text, length, stop, source, firstLine, macros);
            var papers = new List<Paper>(parsed.Entries.Count);
            var found = new List<SourceDiagnostic>(parsed.Diagnostics);
            foreach (var entry in parsed.Entries)
            {
                cancellation.ThrowIfCancellationRequested();
                if (BibTexPaper.From(entry, source, out var problem, abstracts) is { } paper)
                    papers.Add(paper);
                else
                    found.Add(new SourceDiagnostic(problem.Code, DiagnosticSeverity.Error, source, entry.Line,
                        $"@{entry.Type}{{{Excerpt.Of(entry.Key, 40)}}} skipped: {problem.Message}"));
            }
            return new PartRead(parsed.Defined, parsed.UsedFromBefore, papers, [.. found.OrderBy(d => d.Line)], firstLine, !Utf8.IsValid(block));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>One part as read: the macros it defines and those it took from before it, its papers; <paramref name="Diagnostics"/> are the parser's and the entries' that are no papers, by line.</summary>
    private sealed record PartRead(IReadOnlyList<KeyValuePair<string, string>> Defined, IReadOnlySet<string> UsedFromBefore, List<Paper> Papers, IReadOnlyList<SourceDiagnostic> Diagnostics, int FirstLine, bool InvalidUtf8);
}
