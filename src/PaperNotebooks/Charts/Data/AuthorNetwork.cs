using PaperNotebooks.Analytics;
using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>Who wrote with whom among the top authors: one node per person (ranked as in <see cref="AuthorRanking"/>),
/// one edge per pair with at least one joint paper.</summary>
/// <param name="Edges">Most joint papers first, ties by node order.</param>
public sealed record AuthorNetwork(IReadOnlyList<AuthorNode> Nodes, IReadOnlyList<CoauthorEdge> Edges)
{
    internal const int TitlesPerEdge = 3;

    /// <summary>The papers the two authors wrote together (names compared ignoring case and accents); 0 when either
    /// is not in the network.</summary>
    public int JointPapers(string author, string coauthor)
    {
        int a = IndexOf(author), b = IndexOf(coauthor);
        if (a < 0 || b < 0 || a == b) return 0;
        var (source, target) = a < b ? (a, b) : (b, a);
        return Edges.FirstOrDefault(e => e.Source == source && e.Target == target)?.JointPapers.Papers ?? 0;
    }

    /// <summary>The node of this author (ignoring case and accents), or -1.</summary>
    public int IndexOf(string author)
    {
        for (int i = 0; i < Nodes.Count; i++)
        {
            if (AuthorIdentity.SameAuthor(Nodes[i].Name, author)) return i;
        }
        return -1;
    }

    public static AuthorNetwork Compute(IEnumerable<Paper> papers, int top = 30)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "Show at least one author.");
        var rows = papers as IReadOnlyCollection<Paper> ?? papers.ToArray();
        var table = AuthorTable.Of(rows);
        var people = table.Top(top);
        var nodeOf = new Dictionary<int, int>(people.Length);
        for (int i = 0; i < people.Length; i++) nodeOf[people[i]] = i;

        var pairs = new Dictionary<(int, int), TitleSample>();
        var onPaper = new List<int>();
        foreach (var paper in rows)
        {
            onPaper.Clear();
            foreach (var name in paper.Authors)
            {
                if (nodeOf.TryGetValue(table.Find(name), out int node) && !onPaper.Contains(node)) onPaper.Add(node);
            }
            onPaper.Sort();
            for (int i = 0; i < onPaper.Count; i++)
            {
                for (int j = i + 1; j < onPaper.Count; j++)
                {
                    if (!pairs.TryGetValue((onPaper[i], onPaper[j]), out var joint))
                        pairs[(onPaper[i], onPaper[j])] = joint = new TitleSample(TitlesPerEdge);
                    joint.Add(paper.Title);
                }
            }
        }

        var nodes = people.Select(p => new AuthorNode(table.NameOf(p), table.GroupOf(p))).ToArray();
        var edges = pairs
            .OrderByDescending(p => p.Value.Papers).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
            .Select(p => new CoauthorEdge(p.Key.Item1, p.Key.Item2, p.Value.ToGroup()))
            .ToArray();
        return new AuthorNetwork(nodes, edges);
    }
}
