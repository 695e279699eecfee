using PaperNotebooks.Analytics;
using PaperNotebooks.Model;

namespace PaperNotebooks.Interactive.Arguments;

/// <summary>Finds the papers <c>#!paper show</c> means: one id, or every title holding all the words typed.</summary>
internal static class PaperLookup
{
    public static IReadOnlyList<Paper> Find(PaperCollection papers, string text)
    {
        string typed = text.Trim();
        if (papers.TryGetById(typed, out var byId)) return [byId];

        // Titles compare like names: case, accents, dots and spacing ignored.
        string phrase = AuthorIdentity.Key(typed);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        return papers
            .Select(p => (Paper: p, Title: AuthorIdentity.Key(p.Title)))
            .Where(t => words.All(w => t.Title.Contains(w, StringComparison.Ordinal)))
            .OrderByDescending(t => t.Title == phrase)
            .ThenByDescending(t => t.Title.Contains(phrase, StringComparison.Ordinal))
            .Select(t => t.Paper)
            .ToArray();
    }
}
