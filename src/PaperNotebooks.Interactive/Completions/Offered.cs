using PaperNotebooks.Analytics;
using PaperNotebooks.Interactive.Session;

namespace PaperNotebooks.Interactive.Completions;

/// <summary>The values a parameter can declare for completion (<c>Values: Offered.Authors</c>), drawn from the papers
/// loaded so far, the one loaded last first.</summary>
internal static class Offered
{
    public static IEnumerable<string> Categories(PaperSession session) =>
        Union(session, v => v.Categories).Order(StringComparer.Ordinal);

    public static IEnumerable<string> Authors(PaperSession session) =>
        Union(session, v => v.Authors).Distinct(AuthorComparer.Instance).Order(StringComparer.CurrentCulture);

    public static IEnumerable<string> Years(PaperSession session) =>
        Union(session, v => v.Years).OrderDescending(StringComparer.Ordinal);

    /// <summary>The ids of the collection loaded last (the one <c>show</c> reads without <c>--from</c>), then the others.</summary>
    public static IEnumerable<string> Ids(PaperSession session) => Union(session, v => v.Ids);

    public static IEnumerable<string> Names(PaperSession session) => session.Names.Order(StringComparer.Ordinal);

    /// <summary>A fixed list, such as the formats of <c>--to</c>.</summary>
    public static Func<PaperSession, IEnumerable<string>> Fixed(IEnumerable<string> values) => _ => values;

    // Each loaded set computes its values once, when first asked (LoadedPapers.Values).
    private static IEnumerable<string> Union(PaperSession session, Func<LoadedPapers.CompletionValues, IEnumerable<string>> pick) =>
        session.Loaded.SelectMany(set => pick(set.Values)).Distinct(StringComparer.Ordinal);

    /// <summary>Names that are one person by <see cref="AuthorIdentity"/> are offered once.</summary>
    internal sealed class AuthorComparer : IEqualityComparer<string>
    {
        public static readonly AuthorComparer Instance = new();
        public bool Equals(string? x, string? y) => x is not null && y is not null && AuthorIdentity.SameAuthor(x, y);
        public int GetHashCode(string name) => AuthorIdentity.Key(name).GetHashCode(StringComparison.Ordinal);
    }
}
