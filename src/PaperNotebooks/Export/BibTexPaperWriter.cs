using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperNotebooks.Model;
using PaperNotebooks.Sources.BibTex;

namespace PaperNotebooks.Export;

/// <summary>
/// Writes one entry per paper, every value escaped for LaTeX: <c>@inproceedings</c> with <c>booktitle</c> when the venue
/// reads as proceedings (a conference, workshop, symposium or meeting), <c>@article</c> with <c>journal</c> for another
/// venue, <c>@misc</c> without one; <c>doi</c>, and <c>eprint</c> with <c>archivePrefix</c> and <c>primaryClass</c> for an
/// arXiv paper, when known. Keys are the papers' ids.
/// </summary>
internal sealed partial class BibTexPaperWriter : IPaperWriter
{

    public void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        var entry = new StringBuilder();
        var first = true;
        foreach (var paper in papers)
        {
            entry.Clear();
            if (!first)
                entry.Append('\n');
            first = false;
            AppendEntry(entry, paper);
            writer.Write(entry);
        }
    }

    private static void AppendEntry(StringBuilder entry, Paper paper)
    {
        var kind = EntryKind(paper.Venue);
        entry.Append('@').Append(kind).Append('{').Append(Key(paper.Id)).Append(",\n");
        entry.Append("  title = {{").Append(Escape(paper.Title)).Append("}},\n");
        if (paper.Authors.Count > 0 || paper.AuthorsTruncated)
            entry.Append("  author = {").Append(AuthorList(paper)).Append("},\n");
        entry.Append("  year = {").Append(paper.Published.Year.ToString(CultureInfo.InvariantCulture)).Append("},\n");
        entry.Append("  month = ").Append(BibTexMonths.Macro(paper.Published.Month)).Append(",\n");
        if (paper.Venue is { Length: > 0 } venue)
            entry.Append(kind == "article" ? "  journal = {" : "  booktitle = {").Append(Escape(venue)).Append("},\n");
        if (paper.Doi is { Length: > 0 } doi)
            entry.Append("  doi = {").Append(Url(doi)).Append("},\n");
        if (paper.ArxivId is { Length: > 0 } arxivId)
            entry.Append("  eprint = {").Append(Escape(arxivId)).Append("},\n  archivePrefix = {arXiv},\n");
        if (paper.Category.Length > 0)
            entry.Append("  primaryClass = {").Append(Escape(paper.Category)).Append("},\n");
        entry.Append("  abstract = {").Append(Escape(paper.Abstract)).Append('}');
        if ((paper.Url ?? paper.CodeUrl ?? paper.Links.FirstOrDefault()) is { Length: > 0 } url)
            entry.Append(",\n  url = {").Append(Url(url)).Append('}');
        entry.Append("\n}\n");
    }

    private static string EntryKind(string? venue) =>
        venue is not { Length: > 0 } ? "misc" : ProceedingsVenue().IsMatch(venue) ? "inproceedings" : "article";

    [GeneratedRegex(@"\b(proceedings|proc\.|conference|conf\.|workshop|symposium|meeting)\b|^SC\d\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProceedingsVenue();

    private static string AuthorList(Paper paper)
    {
        var names = paper.Authors.Select(Author);
        if (paper.AuthorsTruncated)
            names = names.Append("others");
        return string.Join(" and ", names);
    }

    // BibTeX splits author lists on the word "and" and reads "Last, First" at a comma;
    // a name holding either is braced so it stays one name, as written.
    private static string Author(string name)
    {
        var escaped = Escape(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Contains(',') || words.Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase))
            ? "{" + escaped + "}"
            : escaped;
    }

    /// <summary>The text with LaTeX's special characters escaped and line breaks made spaces.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\textbackslash{}"); break;
                case '{': escaped.Append(@"\{"); break;
                case '}': escaped.Append(@"\}"); break;
                case '$': escaped.Append(@"\$"); break;
                case '&': escaped.Append(@"\&"); break;
                case '%': escaped.Append(@"\%"); break;
                case '#': escaped.Append(@"\#"); break;
                case '_': escaped.Append(@"\_"); break;
                case '~': escaped.Append(@"\textasciitilde{}"); break;
                case '^': escaped.Append(@"\textasciicircum{}"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n': escaped.Append(' '); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    // A url field is read verbatim by biblatex and hyperref, so LaTeX escapes would end up inside the link.
    // Only what would break the entry (braces, backslashes, whitespace) is percent-encoded, as a URL allows.
    private static string Url(string url)
    {
        var safe = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is '{' or '}' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                    safe.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
                safe.Append(c);
        }
        return safe.ToString();
    }

    // A key ends at a comma and may not hold braces, quotes, spaces or LaTeX specials; anything else
    // in an id becomes '-', so the entry still parses.
    private static string Key(string id)
    {
        var key = new StringBuilder(id.Length);
        foreach (var c in id)
            key.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.' or '+' or '/' ? c : '-');
        return key.Length > 0 ? key.ToString() : "paper";
    }
}
