using System.Runtime.CompilerServices;
using PaperNotebooks.Analytics;
using PaperNotebooks.Model;

namespace PaperNotebooks.Filtering;

/// <summary>
/// Papers by words of their titles, compared as names are (<see cref="AuthorIdentity.Key"/>: case, accents, dots and
/// spacing ignored): every title holding all the words, the exact title first, then titles holding the words as one
/// phrase, then the rest, each group in the papers' order. A large list is read in parts on all cores, and a title's
/// folded form is worked out in a buffer rather than as a string per paper.
/// </summary>
public static class TitleWords
{
    // Below this, one pass on the calling thread.
    private const int InPartsFrom = 50_000;

    /// <summary>The papers whose titles hold every word of <paramref name="text"/>; none when it has no word.</summary>
    public static IReadOnlyList<Paper> Find(IReadOnlyList<Paper> papers, string text)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(text);
        string phrase = AuthorIdentity.Key(text.Trim());
        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        int parts = papers.Count >= InPartsFrom ? Environment.ProcessorCount : 1;
        var found = InParts.Run(papers.Count, parts, (start, end) => Holding(papers, start, end, words));
        return found.SelectMany(rows => rows)
            .Select(row => (Paper: papers[row], Title: AuthorIdentity.Key(papers[row].Title)))
            .OrderByDescending(t => t.Title == phrase)
            .ThenByDescending(t => t.Title.Contains(phrase, StringComparison.Ordinal))
            .Select(t => t.Paper)
            .ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<int> Holding(IReadOnlyList<Paper> papers, int start, int end, string[] words)
    {
        var rows = new List<int>();
        char[] buffer = new char[128];
        for (int row = start; row < end; row++)
        {
            // A plain ASCII title is its own key but for case; any other is folded into the buffer, in lower case.
            var title = AuthorIdentity.CaseInsensitiveKey(papers[row].Title, ref buffer, out bool plain);
            var comparison = plain ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            bool all = true;
            foreach (string word in words)
            {
                if (title.Contains(word, comparison)) continue;
                all = false;
                break;
            }
            if (all) rows.Add(row);
        }
        return rows;
    }
}
