using System.Text.RegularExpressions;

namespace PaperNotebooks.SplitterBench;

/// <summary>
/// The shapes of a title/author line that the issue counts errors by. A paper can have several shapes; a paper with
/// none is "plain". The shapes are judged on the true title and authors, not on what the reader made of them.
/// </summary>
internal static partial class LineShapes
{
    public static readonly string[] All =
    [
        "first author with an inner capital", "CamelCase word ending the title", "name part ending in a period",
        "acronym ending the title", "other name shapes", "group author", "digit and capital ending the title",
        "title cut at the site's width", "broken author field", "non-Latin script", "plain",
    ];

    public static IEnumerable<string> Of(Expected expected)
    {
        var authors = expected.Paper.Authors;
        string first = authors.Count > 0 ? authors[0] : "";
        string lastWord = expected.Title.Length == 0 ? "" : expected.Title[(expected.Title.LastIndexOf(' ') + 1)..];
        bool any = false;

        if (InnerCapital().IsMatch(first)) { any = true; yield return All[0]; }
        if (CamelEnd().IsMatch(lastWord) && !AcronymEnd().IsMatch(lastWord)) { any = true; yield return All[1]; }
        if (authors.Any(a => PeriodPart().IsMatch(a))) { any = true; yield return All[2]; }
        if (AcronymEnd().IsMatch(lastWord)) { any = true; yield return All[3]; }
        if (authors.Any(a => OtherShape().IsMatch(a) || !a.Contains(' '))) { any = true; yield return All[4]; }
        if (!first.Contains(' ') || GroupWord().IsMatch(first)) { any = true; yield return All[5]; }
        if (DigitCapitalEnd().IsMatch(lastWord)) { any = true; yield return All[6]; }
        if (expected.Paper.Title.Length > SiteRenderer.TitleWidth) { any = true; yield return All[7]; }
        if (authors.Any(a => !a.Any(char.IsLetter) || BrokenField().IsMatch(a))) { any = true; yield return All[8]; }
        if ((expected.Title + string.Concat(authors)).Any(c => char.IsLetter(c) && c >= '\u0370' && (c < '\u1E00' || c >= '\u1F00'))) { any = true; yield return All[9]; }
        if (!any) yield return All[10];
    }

    [GeneratedRegex(@"\p{Ll}\p{Lu}")] private static partial Regex InnerCapital();
    [GeneratedRegex(@"\p{Ll}\p{Lu}|^\p{Lu}\p{Ll}*\p{Lu}+\p{Ll}*$")] private static partial Regex CamelEnd();
    [GeneratedRegex(@"^\p{Lu}{2,}s?$")] private static partial Regex AcronymEnd();
    [GeneratedRegex(@"(^|\s)(?!\p{Lu}\.(\s|$|-))\S*\p{L}\.(\s|$)")] private static partial Regex PeriodPart();
    [GeneratedRegex(@"['’""“”(]|(^|\s)-|(^|\s)\p{Ll}\S*\s|\b\p{Lu}{2,}\b|\d")] private static partial Regex OtherShape();
    [GeneratedRegex(@"\b(Team|Workshop|Consortium|Collaboration|Group|Lab|Labs|Inc\.?|AI|Project|Initiative|Community|Research)\b")] private static partial Regex GroupWord();
    [GeneratedRegex(@"\d\p{Lu}+$")] private static partial Regex DigitCapitalEnd();
    [GeneratedRegex(@"[~:;@#*\\/]")] private static partial Regex BrokenField();
}
