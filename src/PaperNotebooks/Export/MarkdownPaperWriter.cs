using System.Globalization;
using System.Text;
using PaperNotebooks.Model;

namespace PaperNotebooks.Export;

/// <summary>Writes papers as a GitHub-flavoured Markdown table, one row per paper.</summary>
internal sealed class MarkdownPaperWriter : IPaperWriter
{
    private const string Header = "| Id | Title | Authors | Category | Published | Code |\n|---|---|---|---|---|---|\n";

    public void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        writer.Write(Header);
        var row = new StringBuilder();
        foreach (var paper in papers)
        {
            row.Clear();
            row.Append("| ").Append(Cell(paper.Id))
                .Append(" | ").Append(Title(paper))
                .Append(" | ").Append(Cell(Authors(paper)))
                .Append(" | ").Append(Cell(paper.Category))
                .Append(" | ").Append(Published(paper))
                .Append(" | ").Append(Code(paper))
                .Append(" |\n");
            writer.Write(row);
        }
    }

    /// <summary>The title, linked to the paper's page when one is known: its own, its arXiv page, or its DOI's.</summary>
    private static string Title(Paper paper)
    {
        string? page = paper.Url is { } url && IsWebUrl(url) ? url
            : paper.ArxivId is { } arxivId ? "https://arxiv.org/abs/" + arxivId
            : paper.Doi is { } doi ? "https://doi.org/" + doi
            : null;
        return page is null ? Cell(paper.Title) : "[" + Cell(paper.Title) + "](" + LinkDestination(page) + ")";
    }

    private static string Authors(Paper paper) =>
        string.Join(", ", paper.Authors) + (paper.AuthorsTruncated ? " et al." : "");

    private static string Published(Paper paper) =>
        paper.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (paper.YearInferred ? " (year inferred)" : "");

    private static string Code(Paper paper)
    {
        if (paper.CodeUrl is { } url && IsWebUrl(url))
            return "[code](" + LinkDestination(url) + ")";
        return paper.HasCode || paper.CodeUrl is not null ? "yes" : "";
    }

    private static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Text made safe for one table cell: line breaks become spaces, and every character Markdown
    /// or inline HTML would act on is backslash-escaped, so a title shows as written and injects nothing.</summary>
    internal static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n': cell.Append(' '); break;
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '~':
                    cell.Append('\\').Append(c);
                    break;
                default: cell.Append(c); break;
            }
        }
        return cell.ToString();
    }

    // Characters that would end the link, split the table cell or break out of the destination are percent-encoded.
    private static string LinkDestination(string url)
    {
        var safe = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is '(' or ')' or '<' or '>' or '|' or '\\' or '`' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                    safe.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }
        return safe.ToString();
    }
}
