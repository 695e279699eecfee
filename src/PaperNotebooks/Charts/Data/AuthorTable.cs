using PaperNotebooks.Analytics;
using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>
/// Every author of a set of papers as one person per <see cref="AuthorIdentity"/> (case, accents and spacing ignored),
/// with papers counted once per person even when a paper lists them twice.
/// </summary>
internal sealed partial class AuthorTable
{
    private readonly AuthorTallies _tallies;
    private readonly int _titlesPerAuthor;
    /// <summary>Each person's first titles, <see cref="_titlesPerAuthor"/> places a person, null where none is left:
    /// one array rather than a list object per person.</summary>
    private string?[] _titles = [];

    /// <summary>Or, for a table of a loaded collection counted by number, each person's first titles as rows of
    /// <see cref="_papers"/> plus one (0 where none is left), read when a person is shown: a million papers' people
    /// keep millions of first titles, and a chart shows a few dozen people's.</summary>
    private readonly int[]? _titleRows;
    private readonly PaperCollection? _papers;

    private AuthorTable(int titlesPerAuthor, AuthorTallies? tallies = null, string?[]? titles = null)
    {
        _titlesPerAuthor = Math.Max(0, titlesPerAuthor);
        _tallies = tallies ?? new();
        _titles = titles ?? [];
    }

    private AuthorTable(int titlesPerAuthor, AuthorTallies tallies, PaperCollection papers, int[] titleRows)
        : this(titlesPerAuthor, tallies)
    {
        (_papers, _titleRows) = (papers, titleRows);
    }

    public int People => _tallies.People;

    /// <summary>How many titles each person keeps, for the charts' hover text.</summary>
    public const int TitlesPerAuthor = 5;

    /// <summary>
    /// The table of <paramref name="papers"/>. A loaded collection's is counted once and kept with it: the load's
    /// statistics count it, and the authors chart and network of the same papers read it again for free.
    /// </summary>
    public static AuthorTable Of(IEnumerable<Paper> papers) =>
        papers is PaperCollection collection ? collection.Derived(c => Count(c, TitlesPerAuthor)) : Count(papers, TitlesPerAuthor);

    /// <summary>The papers of the person.</summary>
    public int PaperCount(int person) => _tallies[person].Papers;

    /// <summary>Counts the papers' authors; a large list is counted in parts on all cores and the parts merged in
    /// order, which gives what one pass gives (the same people, spellings and first titles).</summary>
    public static AuthorTable Count(IEnumerable<Paper> papers, int titlesPerAuthor)
    {
        ArgumentNullException.ThrowIfNull(papers);
        // Someone waits for the count now: the search index building in the background waits meanwhile, as it does for
        // key phrases, rather than take a share of the cores and the collector.
        using var pause = papers is IReadOnlyList<Paper> { Count: >= InPartsFrom } ? Search.BackgroundPriority.Pause() : null;
        if (papers is IReadOnlyList<Paper> { Count: >= PooledFrom } pooled && CountPooled(pooled, titlesPerAuthor) is { } byNumber) return byNumber;
        if (papers is not IReadOnlyList<Paper> { Count: >= InPartsFrom } list || Environment.ProcessorCount == 1)
            return Counted(papers, titlesPerAuthor);
        var tables = InParts.Run(list.Count, Environment.ProcessorCount,
            (start, end) => Counted(Enumerable.Range(start, end - start).Select(row => list[row]), titlesPerAuthor));
        for (int part = 1; part < tables.Length; part++) tables[0].Add(tables[part]);
        return tables[0];
    }

    // Below this a second thread costs more than it saves.
    private const int InPartsFrom = 20_000;

    // Below this the names are fewer than the pools hold: looking up every name of the pools would cost more.
    private const int PooledFrom = 2_000;

    private static AuthorTable Counted(IEnumerable<Paper> papers, int titlesPerAuthor)
    {
        var table = new AuthorTable(titlesPerAuthor);
        foreach (var paper in papers)
        {
            foreach (int person in table._tallies.AddPaper(paper.Authors)) table.AddTitle(person, paper.Title);
        }
        return table;
    }

    private void AddTitle(int person, string title)
    {
        if (_titlesPerAuthor == 0) return;
        int first = person * _titlesPerAuthor;
        if (first + _titlesPerAuthor > _titles.Length)
            Array.Resize(ref _titles, Math.Max(first + _titlesPerAuthor, _titles.Length * 2));
        for (int at = first; at < first + _titlesPerAuthor; at++)
        {
            if (_titles[at] is not null) continue;
            _titles[at] = title;
            return;
        }
    }

    private void Add(AuthorTable later)
    {
        if (_titleRows is not null) throw new InvalidOperationException("A table counted by number is complete; tables counted by name are added up.");
        var people = _tallies.Merge(later._tallies);
        for (int theirs = 0; theirs < people.Length; theirs++)
        {
            foreach (string title in later.TitlesOf(theirs)) AddTitle(people[theirs], title);
        }
    }

    private IEnumerable<string> TitlesOf(int person)
    {
        int first = person * _titlesPerAuthor;
        if (_titleRows is not null)
        {
            for (int at = first; at < first + _titlesPerAuthor && _titleRows[at] > 0; at++) yield return _papers![_titleRows[at] - 1].Title;
            yield break;
        }
        for (int at = first; at < first + _titlesPerAuthor && at < _titles.Length && _titles[at] is { } title; at++) yield return title;
    }

    /// <summary>The person with this name, or -1.</summary>
    public int Find(string name) => _tallies.Find(name);

    /// <summary>The people with most papers, ties broken by the displayed name.</summary>
    public int[] Top(int count) => _tallies.Top(count);

    /// <summary>The most common spelling of the person's name.</summary>
    public string NameOf(int person) => _tallies[person].DisplayName;

    public PaperGroup GroupOf(int person) => new(PaperCount(person), TitlesOf(person).ToArray());
}
