using PaperNotebooks.Filtering;
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
        return TitleWords.Find(papers, typed);
    }
}
