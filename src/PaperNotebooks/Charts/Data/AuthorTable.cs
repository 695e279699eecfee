using PaperNotebooks.Analytics;
using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>
/// Every author of a set of papers as one person per <see cref="AuthorIdentity"/> (case, accents and spacing ignored),
/// with papers counted once per person even when a paper lists them twice.
/// </summary>
internal sealed class AuthorTable
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<AuthorTally> _tallies = [];
    private readonly List<TitleSample> _titles = [];

    public int People => _tallies.Count;

    public static AuthorTable Count(IEnumerable<Paper> papers, int titlesPerAuthor)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var table = new AuthorTable();
        var seen = new List<int>();
        foreach (var paper in papers)
        {
            seen.Clear();
            foreach (var name in paper.Authors)
            {
                int person = table.Intern(name, titlesPerAuthor);
                if (seen.Contains(person)) continue;
                seen.Add(person);
                table._tallies[person].Add(name, 1);
                table._titles[person].Add(paper.Title);
            }
        }
        return table;
    }

    /// <summary>The person with this name, or -1.</summary>
    public int Find(string name) => _byKey.GetValueOrDefault(AuthorIdentity.CaseInsensitiveKey(name), -1);

    /// <summary>The people with most papers, ties broken by the displayed name.</summary>
    public int[] Top(int count) =>
        Enumerable.Range(0, _tallies.Count)
            .OrderByDescending(i => _tallies[i].Papers).ThenBy(i => _tallies[i].DisplayName, StringComparer.Ordinal)
            .Take(count).ToArray();

    /// <summary>The most common spelling of the person's name.</summary>
    public string NameOf(int person) => _tallies[person].DisplayName;

    public PaperGroup PapersOf(int person) => _titles[person].ToGroup();

    private int Intern(string name, int titlesPerAuthor)
    {
        string key = AuthorIdentity.CaseInsensitiveKey(name);
        if (_byKey.TryGetValue(key, out int person)) return person;
        person = _tallies.Count;
        _byKey[key] = person;
        _tallies.Add(new AuthorTally(name));
        _titles.Add(new TitleSample(titlesPerAuthor));
        return person;
    }
}
