using System.Diagnostics;
using System.Text;
using System.Xml;

namespace PaperNotebooks.Sources.ArxivAtom;

/// <summary>
/// Reads one <c>entry</c> element from a streaming <see cref="XmlReader"/>, knowing the Atom and arXiv elements the
/// API writes and skipping every other. Text elements keep the text of any markup inside them (an Atom
/// <c>type="xhtml"</c> title), so well-formed XML never fails here; only malformed XML throws, as
/// <see cref="XmlException"/>.
/// </summary>
internal static class AtomEntryReader
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ArxivNamespace = "http://arxiv.org/schemas/atom";

    /// <summary>True when the reader stands on an Atom <c>entry</c> start tag.</summary>
    public static bool IsEntry(XmlReader xml) =>
        xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry" && xml.NamespaceURI == AtomNamespace;

    /// <summary>Reads the entry the reader stands on, and leaves the reader on the node after its end tag.</summary>
    public static AtomEntry Read(XmlReader xml, int line)
    {
        var entry = new AtomEntry { Line = line };
        ForEachChild(xml, child =>
        {
            if (child.NamespaceURI == AtomNamespace) ReadAtom(child, entry);
            else if (child.NamespaceURI == ArxivNamespace) ReadArxiv(child, entry);
            else child.Skip();
        });
        return entry;
    }

    private static void ReadAtom(XmlReader xml, AtomEntry entry)
    {
        switch (xml.LocalName)
        {
            case "id": entry.Id = Text(xml); break;
            case "title": entry.Title = Text(xml); break;
            case "summary": entry.Summary = Text(xml); break;
            case "published": entry.Published = Text(xml); break;
            case "updated": entry.Updated = Text(xml); break;
            case "author": ReadAuthor(xml, entry); break;
            case "category":
                if (xml.GetAttribute("term") is { } term) entry.Categories.Add(term);
                xml.Skip();
                break;
            case "link":
                if ((xml.GetAttribute("rel") ?? "alternate") == "alternate") entry.AlternateUrl = xml.GetAttribute("href");
                xml.Skip();
                break;
            default: xml.Skip(); break;
        }
    }

    private static void ReadArxiv(XmlReader xml, AtomEntry entry)
    {
        switch (xml.LocalName)
        {
            case "primary_category":
                entry.PrimaryCategory = xml.GetAttribute("term");
                xml.Skip();
                break;
            case "doi": entry.Doi = Text(xml); break;
            case "journal_ref": entry.JournalRef = Text(xml); break;
            case "comment": entry.Comment = Text(xml); break;
            default: xml.Skip(); break;
        }
    }

    private static void ReadAuthor(XmlReader xml, AtomEntry entry)
    {
        string? name = null;
        ForEachChild(xml, child =>
        {
            if (child.LocalName == "name" && child.NamespaceURI == AtomNamespace)
            {
                string text = Text(child);
                name ??= text;
            }
            else if (child.LocalName == "affiliation" && child.NamespaceURI == ArxivNamespace) entry.Affiliations.Add(Text(child));
            else child.Skip();
        });
        if (name is not null) entry.Authors.Add(name);
    }

    /// <summary>
    /// Calls <paramref name="read"/> on each child element of the element the reader stands on; it must leave the
    /// reader past that child. Ends past the element's end tag.
    /// </summary>
    private static void ForEachChild(XmlReader xml, Action<XmlReader> read)
    {
        if (xml.IsEmptyElement)
        {
            Next(xml);
            return;
        }
        int depth = xml.Depth;
        var at = (IXmlLineInfo)xml;
        Next(xml);
        while (xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                Next(xml);
                continue;
            }
            var (line, position) = (at.LineNumber, at.LinePosition);
            read(xml);
            // A reader that left the child unread would loop here for ever; rather skip it (a bug, caught in debug builds).
            if (xml.NodeType == XmlNodeType.Element && at.LineNumber == line && at.LinePosition == position)
            {
                Debug.Fail($"<{xml.Name}> was not read past");
                xml.Skip();
            }
        }
        Next(xml);
    }

    /// <summary>The text inside the element the reader stands on, markup inside it dropped; ends past its end tag.</summary>
    private static string Text(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            Next(xml);
            return "";
        }
        int depth = xml.Depth;
        string? first = null;
        StringBuilder? more = null;
        Next(xml);
        while (xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null) first = xml.Value;
                else (more ??= new StringBuilder(first)).Append(xml.Value);
            }
            Next(xml);
        }
        Next(xml);
        return more?.ToString() ?? first ?? "";
    }

    /// <summary>Moves on one node; the end of the input inside an element is malformed XML, as the reader itself says.</summary>
    private static void Next(XmlReader xml)
    {
        if (!xml.Read() && xml.Depth > 0)
        {
            var at = xml as IXmlLineInfo;
            throw new XmlException("unexpected end of the input inside an element", null, at?.LineNumber ?? 0, at?.LinePosition ?? 0);
        }
    }
}
