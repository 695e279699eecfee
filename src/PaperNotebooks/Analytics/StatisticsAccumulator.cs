using PaperNotebooks.Charts.Data;
using PaperNotebooks.Model;

namespace PaperNotebooks.Analytics;

/// <summary>Folds papers into counts; one per thread, merged at the end.</summary>
internal sealed class StatisticsAccumulator(bool countAuthors = true)
{
    private readonly Dictionary<int, int> _perYear = [];
    private readonly Dictionary<string, (string? Name, int Papers)> _perCategory = new(StringComparer.Ordinal);
    private readonly AuthorTallies _authors = new();
    private int _papers;
    private int _withCode;
    private int _yearsInferred;
    private DateOnly? _first;
    private DateOnly? _last;

    public void Add(Paper paper)
    {
        _papers++;
        if (paper.HasCode) _withCode++;
        if (paper.YearInferred) _yearsInferred++;
        if (_first is null || paper.Published < _first) _first = paper.Published;
        if (_last is null || paper.Published > _last) _last = paper.Published;

        int year = paper.Published.Year;
        _perYear[year] = _perYear.GetValueOrDefault(year) + 1;

        ref var category = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_perCategory, paper.Category, out _);
        category = (paper.CategoryName, category.Papers + 1);

        if (countAuthors) _authors.AddPaper(paper.Authors);
    }

    public void Merge(StatisticsAccumulator other)
    {
        _papers += other._papers;
        _withCode += other._withCode;
        _yearsInferred += other._yearsInferred;
        if (other._first is { } first && (_first is null || first < _first)) _first = first;
        if (other._last is { } last && (_last is null || last > _last)) _last = last;
        foreach (var (year, count) in other._perYear) _perYear[year] = _perYear.GetValueOrDefault(year) + count;
        foreach (var (code, entry) in other._perCategory)
        {
            var mine = _perCategory.GetValueOrDefault(code);
            _perCategory[code] = (entry.Name, mine.Papers + entry.Papers);
        }
        _authors.Merge(other._authors);
    }

    /// <param name="authors">The papers' authors counted elsewhere (a collection's <see cref="AuthorTable"/>), or null
    /// for the ones counted here.</param>
    public ListingStatistics ToStatistics(int topAuthors, AuthorTable? authors = null)
    {
        var top = authors is null
            ? _authors.Top(topAuthors).Select(person => new AuthorCount(_authors[person].DisplayName, _authors[person].Papers)).ToArray()
            : Top(authors, topAuthors);
        return Ordered(_papers, _perYear, _perCategory.Select(p => new CategoryCount(p.Key, p.Value.Name, p.Value.Papers)), top, _withCode, _yearsInferred, _first, _last);
    }

    /// <summary>Statistics with the years in order and the categories most papers first (then by code).</summary>
    internal static ListingStatistics Ordered(int papers, IEnumerable<KeyValuePair<int, int>> perYear, IEnumerable<CategoryCount> perCategory,
        AuthorCount[] top, int withCode, int yearsInferred, DateOnly? first, DateOnly? last) =>
        new(papers,
            perYear.OrderBy(p => p.Key).Select(p => new YearCount(p.Key, p.Value)).ToArray(),
            perCategory.OrderByDescending(c => c.Papers).ThenBy(c => c.Category, StringComparer.Ordinal).ToArray(),
            top, withCode, yearsInferred, first, last);

    /// <summary>The statistics of a collection's papers, authors not counted, from its columns: what counting the papers
    /// gives, from a few megabytes read in order.</summary>
    public static ListingStatistics Of(PaperColumns columns)
    {
        int papers = columns.Count;
        var perYear = new Dictionary<int, int>();
        if (papers > 0)
        {
            var years = columns.Years;
            int low = years[0], high = years[0];
            foreach (short year in years) (low, high) = (Math.Min(low, year), Math.Max(high, year));
            var counts = new int[high - low + 1];
            foreach (short year in years) counts[year - low]++;
            for (int i = 0; i < counts.Length; i++)
            {
                if (counts[i] > 0) perYear[low + i] = counts[i];
            }
        }
        var perCode = new int[columns.Codes.Count];
        foreach (int code in columns.Categories) perCode[code]++;
        int withCode = 0, yearsInferred = 0;
        for (int row = 0; row < papers; row++)
        {
            if (columns.HasCode(row)) withCode++;
            if (columns.YearInferred(row)) yearsInferred++;
        }
        DateOnly? first = null, last = null;
        if (papers > 0)
        {
            int earliest = int.MaxValue, latest = int.MinValue;
            foreach (int day in columns.Days) (earliest, latest) = (Math.Min(earliest, day), Math.Max(latest, day));
            (first, last) = (DateOnly.FromDayNumber(earliest), DateOnly.FromDayNumber(latest));
        }
        var perCategory = columns.Codes.Select((code, i) => new CategoryCount(code.Code, code.Name, perCode[i])).Where(c => c.Papers > 0);
        return Ordered(papers, perYear, perCategory, [], withCode, yearsInferred, first, last);
    }

    /// <summary>The <paramref name="top"/> authors of <paramref name="authors"/>, most papers first.</summary>
    internal static AuthorCount[] Top(AuthorTable authors, int top) =>
        authors.Top(top).Select(person => new AuthorCount(authors.NameOf(person), authors.PaperCount(person))).ToArray();
}
