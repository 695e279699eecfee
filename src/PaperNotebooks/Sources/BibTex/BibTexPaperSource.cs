using System.Text;
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

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var diagnostics = new DiagnosticList(context.Options.MaxDiagnostics);
        sink.Begin(1);
        if (length == 0) return diagnostics;
        if (length > int.MaxValue / 2)
        {
            diagnostics.Add(context.Error(DiagnosticCodes.Unreadable, 0, "a .bib file over 1 GB cannot be read; split it"));
            return diagnostics;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data, (int)length);
        }
        catch (DecoderFallbackException)
        {
            // Old exports are often Latin-1; read on with replacement characters rather than nothing.
            text = Encoding.UTF8.GetString(data, (int)length);
            diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning, context.Source, 0,
                "the file is not valid UTF-8; bytes that are not were read as \uFFFD"));
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];

        var (entries, parsed) = BibTexParser.Parse(text, context.Source);
        var found = new List<SourceDiagnostic>(parsed);
        var add = sink.Part(0);
        foreach (var entry in entries)
        {
            context.Options.CancellationToken.ThrowIfCancellationRequested();
            if (BibTexPaper.From(entry, context.Source, out var problem) is { } paper)
                add(paper);
            else
                found.Add(context.Error(problem.Code, entry.Line, $"@{entry.Type}{{{Excerpt.Of(entry.Key, 40)}}} skipped: {problem.Message}"));
        }
        foreach (var diagnostic in found.OrderBy(d => d.Line)) diagnostics.Add(diagnostic);
        return diagnostics;
    }
}
