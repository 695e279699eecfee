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
        var perYear = _perYear.OrderBy(p => p.Key).Select(p => new YearCount(p.Key, p.Value)).ToArray();
        var perCategory = _perCategory
            .OrderByDescending(p => p.Value.Papers).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new CategoryCount(p.Key, p.Value.Name, p.Value.Papers)).ToArray();
        var top = authors is null
            ? _authors.Top(topAuthors).Select(person => new AuthorCount(_authors[person].DisplayName, _authors[person].Papers)).ToArray()
            : Top(authors, topAuthors);
        return new ListingStatistics(_papers, perYear, perCategory, top, _withCode, _yearsInferred, _first, _last);
    }

    /// <summary>The <paramref name="top"/> authors of <paramref name="authors"/>, most papers first.</summary>
    internal static AuthorCount[] Top(AuthorTable authors, int top) =>
        authors.Top(top).Select(person => new AuthorCount(authors.NameOf(person), authors.PaperCount(person))).ToArray();
}
