using PaperNotebooks.Model;

namespace PaperNotebooks.Charts.Data;

/// <summary>The authors with most papers, one person per name ignoring case and accents.</summary>
/// <param name="AuthorCount">How many distinct people wrote the papers.</param>
/// <param name="Authors">The top authors, most papers first, ties by name.</param>
public sealed record AuthorRanking(int AuthorCount, IReadOnlyList<RankedAuthor> Authors)
{
    public static AuthorRanking Compute(IEnumerable<Paper> papers, int top = 20)
    {
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "Show at least one author.");
        var table = AuthorTable.Of(papers);
        var authors = table.Top(top).Select(p => new RankedAuthor(table.NameOf(p), table.GroupOf(p))).ToArray();
        return new AuthorRanking(table.People, authors);
    }
}
