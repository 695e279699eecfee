using System.Text;

namespace PaperNotebooks.SplitterBench;

/// <summary>
/// Writes papers as the listing site shows them: a meta line, the title glued to the first three authors (then
/// <c> et al.</c> when there are more, and <c> · </c> with organisations for some), an abstract line. Titles longer
/// than <see cref="TitleWidth"/> characters are cut there, as the seed's one long title is.
/// </summary>
internal sealed class SiteRenderer
{
    public const int TitleWidth = 142;

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] Organisations =
        ["microsoft-research", "stanford", "google-deepmind", "meta-ai", "tsinghua", "mit", "openai", "nvidia", "eth-zurich", "alibaba"];

    private readonly StringBuilder _text = new();
    private int _line;

    public string Text => _text.ToString();

    /// <summary>Writes one paper and returns what the reader should make of it, with the line of its meta line.</summary>
    public Expected Write(RealPaper paper)
    {
        ulong h = Hash(paper.ArxivId);
        int year = 2000 + int.Parse(paper.ArxivId[..2]);
        int month = int.Parse(paper.ArxivId[2..4]);
        int day = 1 + (int)(h % 28);
        bool withYear = year < 2026 || (h >> 8) % 10 < 7;
        bool code = (h >> 16) % 3 == 0;
        string? score = (h >> 24) % 4 == 0 ? $"{40 + (h >> 32) % 60}.{(h >> 40) % 10}" : null;
        var organisations = (h >> 44) % 100 < 15
            ? Organisations.Skip((int)((h >> 52) % 8)).Take(1 + (int)((h >> 56) % 2)).ToArray()
            : [];

        int metaLine = ++_line;
        _text.Append(score).Append(paper.CategoryCode).Append(Months[month - 1]).Append(' ').Append(day);
        if (withYear) _text.Append(", ").Append(year);
        if (code) _text.Append("Code");
        _text.Append('\n');

        string shownTitle = paper.Title.Length > TitleWidth ? paper.Title[..TitleWidth] : paper.Title;
        _text.Append(shownTitle).Append(string.Join(", ", paper.Authors));
        bool truncated = paper.AuthorCount > paper.Authors.Count;
        if (truncated) _text.Append(" et al.");
        if (organisations.Length > 0) _text.Append(" \u00B7 ").Append(string.Join(", ", organisations));
        _text.Append('\n');
        _text.Append("We study ").Append(paper.ArxivId).Append(". No abstract is shown in this benchmark.\n");
        _line += 2;
        return new Expected(paper, metaLine, shownTitle.Trim(), truncated, organisations, new DateOnly(year, month, day), code);
    }

    private static ulong Hash(string text)
    {
        ulong h = 14695981039346656037;
        foreach (char c in text) h = (h ^ c) * 1099511628211;
        return h ^ (h >> 29);
    }
}

/// <summary>What the reader should read from one rendered paper.</summary>
internal sealed record Expected(RealPaper Paper, int Line, string Title, bool Truncated, IReadOnlyList<string> Affiliations, DateOnly Published, bool HasCode);
