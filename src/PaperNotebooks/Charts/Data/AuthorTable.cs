using PaperNotebooks.Analytics;
using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>
/// Every author of a set of papers as one person per <see cref="AuthorIdentity"/> (case, accents and spacing ignored),
/// with papers counted once per person even when a paper lists them twice.
/// </summary>
internal sealed class AuthorTable
{
    private readonly AuthorTallies _tallies = new();
    private readonly List<TitleSample> _titles = [];

    public int People => _tallies.People;

    public static AuthorTable Count(IEnumerable<Paper> papers, int titlesPerAuthor)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var table = new AuthorTable();
        foreach (var paper in papers)
        {
            foreach (int person in table._tallies.AddPaper(paper.Authors))
            {
                while (table._titles.Count <= person) table._titles.Add(new TitleSample(titlesPerAuthor));
                table._titles[person].Add(paper.Title);
            }
        }
        return table;
    }

    /// <summary>The person with this name, or -1.</summary>
    public int Find(string name) => _tallies.Find(name);

    /// <summary>The people with most papers, ties broken by the displayed name.</summary>
    public int[] Top(int count) => _tallies.Top(count);

    /// <summary>The most common spelling of the person's name.</summary>
    public string NameOf(int person) => _tallies[person].DisplayName;

    public PaperGroup PapersOf(int person) => _titles[person].ToGroup();
}
