using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PaperNotebooks.Analytics;
using PaperNotebooks.Model;
using PaperNotebooks.Text;

namespace PaperNotebooks.Filtering;

/// <summary>
/// Which papers to keep (category, years, author, code), in which order, and how many: what <c>#!paper list</c>,
/// <c>export</c> and the charts apply, and what C# code and the CLI can build directly. The <c>TryParse…</c> methods read
/// typed values and say what is wrong with a bad one as a sentence, without throwing.
/// </summary>
public sealed record PaperFilter
{
    public string? Category { get; init; }
    public YearRange? Years { get; init; }
    public string? Author { get; init; }
    public bool HasCode { get; init; }
    public PaperSortKey? Sort { get; init; }
    public bool Descending { get; init; }
    public int? Top { get; init; }

    /// <summary>The names <see cref="TryParseSort"/> reads, in the order help lists them.</summary>
    public static IReadOnlyList<string> SortNames { get; } = ["date", "title", "score", "authors"];

    /// <summary>Every matching paper in order, before <see cref="Top"/> is applied.</summary>
    public IReadOnlyList<Paper> Matches(IEnumerable<Paper> papers)
    {
        var all = papers as IReadOnlyList<Paper> ?? papers.ToArray();
        return MatchingRows(all).Select(i => all[i]).ToArray();
    }

    /// <summary>The matches, cut to <see cref="Top"/>.</summary>
    public IReadOnlyList<Paper> Apply(IEnumerable<Paper> papers)
    {
        var matches = Matches(papers);
        return Top is { } top && top < matches.Count ? matches.Take(top).ToArray() : matches;
    }

    /// <summary>Every matching paper in order, before <see cref="Top"/>: a view of the rows of the same set, not a copy.</summary>
    public PaperCollection Matches(PaperCollection papers) => papers.Subset(MatchingRows(papers));

    /// <summary>The positions of the matching papers, in the order asked for.</summary>
    private IEnumerable<int> MatchingRows(IReadOnlyList<Paper> papers)
    {
        var rows = KeptRows(papers);
        return Sort switch
        {
            PaperSortKey.Date => Order(rows, i => papers[i].Published),
            PaperSortKey.Title => Order(rows, i => papers[i].Title, StringComparer.OrdinalIgnoreCase),
            PaperSortKey.Authors => Order(rows, i => AuthorIdentity.Key(papers[i].FirstAuthor), StringComparer.Ordinal),
            // Papers without a score go last whichever way the rest is sorted.
            PaperSortKey.Score => rows.OrderBy(i => papers[i].Score is null).ThenBy(i => Descending ? -(papers[i].Score ?? 0) : papers[i].Score ?? 0),
            _ => Descending ? rows.Reverse() : rows,
        };
    }

    /// <summary>Below this many papers, one pass on the calling thread; from it, parts on every core, in order.</summary>
    private const int InPartsFrom = 50_000;

    /// <summary>The positions of the papers <see cref="Keeps"/> keeps, ascending.</summary>
    private int[] KeptRows(IReadOnlyList<Paper> papers)
    {
        // The year and category from the collection's columns when it has them (a read notes them; other collections
        // get them in the background after a load); the rest, if asked for, from the papers those keep.
        if ((Category is not null || Years is not null) && papers is PaperCollection set && set.TryGetDerived<PaperColumns>(out var columns))
        {
            var fromColumns = Years is { } years ? columns.Kept(Category, years.First, years.Last) : columns.Kept(Category);
            return Author is null && !HasCode ? fromColumns : [.. fromColumns.Where(row => Keeps(papers[row]))];
        }
        if (papers.Count < InPartsFrom || Environment.ProcessorCount == 1)
            return [.. Enumerable.Range(0, papers.Count).Where(i => Keeps(papers[i]))];
        var kept = InParts.Run(papers.Count, Environment.ProcessorCount * 4, (start, end) =>
        {
            var mine = new List<int>();
            for (int i = start; i < end; i++)
                if (Keeps(papers[i])) mine.Add(i);
            return mine;
        });
        var rows = new int[kept.Sum(k => k.Count)];
        int at = 0;
        foreach (var part in kept)
        {
            part.CopyTo(rows, at);
            at += part.Count;
        }
        return rows;
    }

    /// <summary>The matches, cut to <see cref="Top"/>: a view of the same set.</summary>
    public PaperCollection Apply(PaperCollection papers)
    {
        var matches = Matches(papers);
        return Top is { } top && top < matches.Count ? matches.Subset(Enumerable.Range(0, top)) : matches;
    }

    private IEnumerable<int> Order<TKey>(IEnumerable<int> rows, Func<int, TKey> key, IComparer<TKey>? comparer = null) =>
        Descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    /// <summary>
    /// Whether the paper passes the category, year, author and code filters. A paper is in a category it is filed
    /// under or cross-listed in, as arXiv's listings count it.
    /// </summary>
    /// <remarks>The year first: it is held in the paper itself, while the category is a string elsewhere in memory.</remarks>
    public bool Keeps(Paper paper) =>
        (Years is not { } years || years.Contains(paper.Published.Year))
        && (Category is null || InCategory(paper, Category))
        && (Author is null || paper.Authors.Any(a => AuthorIdentity.Matches(a, Author)))
        && (!HasCode || paper.HasCode);

    private static bool InCategory(Paper paper, string category)
    {
        if (string.Equals(paper.Category, category, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var other in paper.Categories)
        {
            if (string.Equals(other, category, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

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

    /// <summary>An arXiv code (<c>LG</c>, <c>cs.LG</c>), or a code the papers hold as written (listings may hold codes
    /// arXiv does not have).</summary>
    public static bool TryParseCategory(string text, IEnumerable<Paper> papers, [NotNullWhen(true)] out string? category, [NotNullWhen(false)] out string? error)
    {
        string value = text.Trim();
        error = null;
        category = ArxivCategories.Resolve(value);
        if (category is not null) return true;
        var present = papers.SelectMany(p => p.Categories.Prepend(p.Category)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        category = present.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
        if (category is not null) return true;
        var known = present.Concat(ArxivCategories.All.Select(c => c.Id)).Distinct(StringComparer.OrdinalIgnoreCase);
        error = $"Unknown category '{Excerpt.Of(value)}'." + NearestName.Hint(value, known) + " Write a code such as LG or cs.LG.";
        return false;
    }

    /// <summary>Part of a name; one with no letters or digits is refused, since it would match everyone.</summary>
    public static bool TryParseAuthor(string text, [NotNullWhen(true)] out string? author, [NotNullWhen(false)] out string? error)
    {
        author = text.Trim();
        error = null;
        if (AuthorIdentity.Key(author).Length > 0) return true;
        (author, error) = (null, "--author needs a name, for example --author \"Sam Ade Jacobs\".");
        return false;
    }

    public static bool TryParseSort(string text, out PaperSortKey sort, [NotNullWhen(false)] out string? error)
    {
        string value = text.Trim().ToLowerInvariant();
        PaperSortKey? key = value switch
        {
            "date" => PaperSortKey.Date,
            "title" => PaperSortKey.Title,
            "score" => PaperSortKey.Score,
            "authors" or "author" => PaperSortKey.Authors,
            _ => null,
        };
        sort = key.GetValueOrDefault();
        error = key is null ? $"--sort takes date, title, score or authors, not '{Excerpt.Of(text.Trim())}'." + NearestName.Hint(value, SortNames) : null;
        return key is not null;
    }

    public static bool TryParseTop(string text, out int top, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out top) && top >= 1) return true;
        error = $"--top takes a whole number of at least 1, not '{Excerpt.Of(text.Trim())}'.";
        return false;
    }
}
