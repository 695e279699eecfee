using System.Globalization;
using PaperNotebooks.Analytics;
using PaperNotebooks.Interactive.Directives;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Query;

/// <summary>The filters, order and limit of a <c>list</c> or <c>export</c>, checked.</summary>
internal sealed record PaperQuery
{
    public string? Category { get; init; }
    public YearRange? Years { get; init; }
    public string? Author { get; init; }
    public bool HasCode { get; init; }
    public PaperSortKey? Sort { get; init; }
    public bool Descending { get; init; }
    public int? Top { get; init; }

    /// <summary>Reads and checks the values typed; <paramref name="papers"/> tells which category codes exist. Order and
    /// limit come only from a <see cref="PaperQueryCommand"/>.</summary>
    public static PaperQuery From(PaperFilterCommand command, PaperCollection papers)
    {
        var query = new PaperQuery
        {
            Category = command.Category is null ? null : ParseCategory(command.Category, papers),
            Years = command.Year is null ? null : YearRange.Parse(command.Year),
            Author = command.Author is null ? null : ParseAuthor(command.Author),
            HasCode = command.HasCode,
        };
        return command is not PaperQueryCommand ordered ? query : query with
        {
            Sort = ordered.Sort is null ? null : ParseSort(ordered.Sort),
            Descending = ordered.Desc,
            Top = ordered.Top is null ? null : ParseTop(ordered.Top),
        };
    }

    /// <summary>Every matching paper in order, before <see cref="Top"/> is applied.</summary>
    public IReadOnlyList<Paper> Matches(IEnumerable<Paper> papers)
    {
        var matches = papers.Where(Keeps);
        var ordered = Sort switch
        {
            PaperSortKey.Date => Order(matches, p => p.Published),
            PaperSortKey.Title => Order(matches, p => p.Title, StringComparer.OrdinalIgnoreCase),
            PaperSortKey.Authors => Order(matches, p => AuthorIdentity.Key(p.FirstAuthor), StringComparer.Ordinal),
            // Papers without a score go last whichever way the rest is sorted.
            PaperSortKey.Score => matches.OrderBy(p => p.Score is null).ThenBy(p => Descending ? -(p.Score ?? 0) : p.Score ?? 0),
            _ => Descending ? matches.Reverse() : matches,
        };
        return ordered.ToArray();
    }

    /// <summary>The matches, cut to <see cref="Top"/>.</summary>
    public IReadOnlyList<Paper> Apply(IEnumerable<Paper> papers)
    {
        var matches = Matches(papers);
        return Top is { } top && top < matches.Count ? matches.Take(top).ToArray() : matches;
    }

    private IEnumerable<Paper> Order<TKey>(IEnumerable<Paper> papers, Func<Paper, TKey> key, IComparer<TKey>? comparer = null) =>
        Descending ? papers.OrderByDescending(key, comparer) : papers.OrderBy(key, comparer);

    private bool Keeps(Paper paper) =>
        (Category is null || string.Equals(paper.Category, Category, StringComparison.OrdinalIgnoreCase))
        && (Years is not { } years || years.Contains(paper.Published.Year))
        && (Author is null || paper.Authors.Any(a => AuthorIdentity.Matches(a, Author)))
        && (!HasCode || paper.HasCode);

    /// <summary>The filters in words, for captions: <c>category cs.LG, 2021..2024, with code</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Category is not null) parts.Add($"category {Category}");
        if (Years is { } years) parts.Add(years.ToString());
        if (Author is not null) parts.Add($"author \"{Author}\"");
        if (HasCode) parts.Add("with code");
        if (Sort is { } sort) parts.Add($"by {sort.ToString().ToLowerInvariant()}{(Descending ? ", descending" : "")}");
        else if (Descending) parts.Add("in reverse order");
        if (Top is { } top) parts.Add($"top {top.ToString(CultureInfo.InvariantCulture)}");
        return string.Join(", ", parts);
    }

    private static string ParseCategory(string text, PaperCollection papers)
    {
        string value = text.Trim();
        if (ArxivCategories.Resolve(value) is { } id) return id;
        // Listings may hold codes arXiv does not have; they are kept as written, so they can be asked for as written.
        var present = papers.Select(p => p.Category).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (present.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase)) is { } asWritten) return asWritten;
        var known = present.Concat(ArxivCategories.All.Select(c => c.Id)).Distinct(StringComparer.OrdinalIgnoreCase);
        throw new PaperCommandException($"Unknown category {PaperCommandException.Quote(value)}." + NearestName.Hint(value, known) + " Write a code such as LG or cs.LG.");
    }

    private static string ParseAuthor(string text)
    {
        string value = text.Trim();
        if (AuthorIdentity.Key(value).Length == 0) throw new PaperCommandException("--author needs a name, for example --author \"Sam Ade Jacobs\".");
        return value;
    }

    private static PaperSortKey ParseSort(string text)
    {
        string value = text.Trim().ToLowerInvariant();
        return value switch
        {
            "date" => PaperSortKey.Date,
            "title" => PaperSortKey.Title,
            "score" => PaperSortKey.Score,
            "authors" or "author" => PaperSortKey.Authors,
            _ => throw new PaperCommandException(
                $"--sort takes date, title, score or authors, not {PaperCommandException.Quote(text.Trim())}." + NearestName.Hint(value, PaperGrammar.SortKeys)),
        };
    }

    private static int ParseTop(string text)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int top) && top >= 1) return top;
        throw new PaperCommandException($"--top takes a whole number of at least 1, not {PaperCommandException.Quote(text.Trim())}.");
    }
}
