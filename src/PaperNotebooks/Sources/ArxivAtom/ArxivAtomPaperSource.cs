using System.Text;
using System.Text.Unicode;
using System.Xml;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Sources.ArxivAtom;

/// <summary>
/// A response of arXiv's query API (<c>http://export.arxiv.org/api/query</c>): an Atom feed whose entries are papers
/// (<see cref="ArxivAtomPaper"/>); the feed's own title, links and OpenSearch counts are not papers. The XML is read as
/// a stream with DTDs refused, so entities can neither expand without bound nor fetch files. An entry without id, title
/// or published date is skipped with its line; the API's error entry is one error with arXiv's message; XML that is
/// not well formed ends the reading there, keeping the papers before it.
/// </summary>
internal sealed class ArxivAtomPaperSource : IPaperSource
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static ArxivAtomPaperSource Instance { get; } = new();

    public string Name => "arxiv-atom";

    public IReadOnlyList<string> Extensions { get; } = [".atom"];

    /// <summary>
    /// The root element is a <c>feed</c> (with any prefix): the first tag after an XML declaration, comments and white
    /// space is <c>&lt;feed</c>, or a DOCTYPE that names <c>feed</c> (which the reader then refuses with a diagnostic).
    /// </summary>
    public bool Sniff(ReadOnlySpan<byte> head)
    {
        while (true)
        {
            head = head.TrimStart(" \t\r\n"u8);
            ReadOnlySpan<byte> end;
            if (head.StartsWith("<?"u8)) end = "?>"u8;
            else if (head.StartsWith("<!--"u8)) end = "-->"u8;
            else break;
            int at = head.IndexOf(end);
            if (at < 0) return false;
            head = head[(at + end.Length)..];
        }
        if (head.StartsWith("<!DOCTYPE"u8)) return IsFeed(head["<!DOCTYPE"u8.Length..].TrimStart(" \t\r\n"u8));
        return head.StartsWith("<"u8) && IsFeed(head[1..]);
    }

    /// <summary>True when <paramref name="name"/> starts with <c>feed</c> or <c>prefix:feed</c>, then ends the name.</summary>
    private static bool IsFeed(ReadOnlySpan<byte> name)
    {
        int colon = name.IndexOfAny(":> \t\r\n/["u8);
        if (colon > 0 && name[colon] == (byte)':') name = name[(colon + 1)..];
        return name.StartsWith("feed"u8) && (name.Length == 4 || name[4] is (byte)'>' or (byte)'/' or (byte)'[' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
    }

    public unsafe DiagnosticList Read(byte* data, long length, SourceContext context, IPaperSink sink)
    {
        var diagnostics = new DiagnosticList(context.Options.MaxDiagnostics);
        sink.Begin(1);
        var add = sink.Part(0);
        if (length == 0) return diagnostics;
        var bytes = new ReadOnlySpan<byte>(data, (int)Math.Min(length, int.MaxValue));
        if (bytes.StartsWith("\uFEFF"u8))
        {
            data += 3;
            length -= 3;
            bytes = bytes[3..];
        }
        if (!Utf8.IsValid(bytes))
        {
            // Read on with replacement characters rather than stop at the first bad byte, as the BibTeX reader does.
            diagnostics.Add(new SourceDiagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning, context.Source, 0,
                "the file is not valid UTF-8; bytes that are not were read as \uFFFD"));
        }

        // A text reader, not the stream: the bytes are UTF-8 whatever the XML declaration says (SourceInput has
        // already turned UTF-16 and UTF-32 into UTF-8).
        using var text = new StreamReader(new UnmanagedMemoryStream(data, length), new UTF8Encoding(false), false, 1 << 16);
        using var xml = XmlReader.Create(text, Settings);
        var at = (IXmlLineInfo)xml;
        bool inRoot = false;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element) return diagnostics;
            if (xml.LocalName != "feed" || xml.NamespaceURI != AtomEntryReader.AtomNamespace)
            {
                diagnostics.Add(context.Error(DiagnosticCodes.AtomMalformedXml, at.LineNumber,
                    $"the root element is <{Excerpt.Of(xml.Name, 40)}> in namespace '{Excerpt.Of(xml.NamespaceURI, 60)}'; " +
                    $"an arXiv API response is a <feed> in {AtomEntryReader.AtomNamespace}; nothing was read"));
                return diagnostics;
            }
            inRoot = true;
            xml.Read();
            while (!xml.EOF)
            {
                if (AtomEntryReader.IsEntry(xml))
                {
                    context.Options.CancellationToken.ThrowIfCancellationRequested();
                    var entry = AtomEntryReader.Read(xml, at.LineNumber);
                    Add(entry, context, add, diagnostics);
                }
                else if (xml.NodeType == XmlNodeType.Element)
                {
                    xml.Skip();
                }
                else if (!xml.Read())
                {
                    break;
                }
            }
        }
        catch (XmlException e)
        {
            // A DOCTYPE is refused before the root, by an exception that carries no line: the line is found here.
            if (!inRoot && DoctypeLine(bytes) is { } line)
                diagnostics.Add(context.Error(DiagnosticCodes.AtomMalformedXml, line,
                    "a DOCTYPE is refused (its entities could expand without bound or read local files); nothing was read"));
            else
                diagnostics.Add(context.Error(DiagnosticCodes.AtomMalformedXml, e.LineNumber,
                    $"not well-formed XML; reading stopped here: {e.Message}"));
        }
        return diagnostics;
    }

    private static void Add(AtomEntry entry, SourceContext context, Action<Paper> add, DiagnosticList diagnostics)
    {
        if (ArxivAtomPaper.IsApiError(entry))
        {
            string message = Whitespace.Collapse(entry.Summary);
            diagnostics.Add(context.Error(DiagnosticCodes.ArxivApiError, entry.Line,
                $"the arXiv API answered with an error: {(message.Length > 0 ? Excerpt.Of(message, 200) : "(no message)")}"));
        }
        else if (ArxivAtomPaper.From(entry, context.Source, out var problem) is { } paper)
        {
            add(paper);
        }
        else if (diagnostics.HasRoom)
        {
            string id = Whitespace.Collapse(entry.Id);
            diagnostics.Add(context.Error(problem.Code, entry.Line,
                $"entry {(id.Length > 0 ? Excerpt.Of(id, 60) + " " : "")}skipped: {problem.Message}"));
        }
        else
        {
            diagnostics.AddOmitted(problem.Code, DiagnosticSeverity.Error);
        }
    }

    /// <summary>The line of the prolog's DOCTYPE (looked for in the first megabyte), or null when there is none.</summary>
    private static int? DoctypeLine(ReadOnlySpan<byte> bytes)
    {
        var prolog = bytes[..Math.Min(bytes.Length, 1 << 20)];
        int at = prolog.IndexOf("<!DOCTYPE"u8);
        return at < 0 ? null : LineEnds.Count(prolog[..at]) + 1;
    }
}
