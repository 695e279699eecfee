using PaperNotebooks.Text;
using System.Globalization;
using PaperNotebooks.Charts;
using PaperNotebooks.Interactive.Directives;

namespace PaperNotebooks.Interactive.Arguments;

/// <summary>The values of the chart parameters (<c>--by</c>, <c>--stack</c>, <c>--chart</c>, <c>--top</c>), checked.</summary>
internal static class ChartChoices
{
    public static TimelinePeriod Period(string? text) =>
        Choose("--by", text, PaperGrammar.TimelinePeriods, TimelinePeriod.Year, [TimelinePeriod.Year, TimelinePeriod.Month]);

    public static TimelineStack Stack(string? text) =>
        Choose("--stack", text, PaperGrammar.TimelineStacks, TimelineStack.Category, [TimelineStack.Category, TimelineStack.Code, TimelineStack.None]);

    public static TopicChartKind TopicChart(string? text) =>
        Choose("--chart", text, PaperGrammar.TopicCharts, TopicChartKind.Bar, [TopicChartKind.Bar, TopicChartKind.Pie, TopicChartKind.Treemap]);

    /// <summary>How many authors to chart; null when <c>--top</c> is not given.</summary>
    public static int? AuthorCount(string? text)
    {
        if (text is null) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int top) && top is >= 1 and <= PaperGrammar.MostAuthors) return top;
        throw new PaperCommandException($"--top takes a whole number from 1 to {PaperGrammar.MostAuthors}, not {PaperCommandException.Quote(text.Trim())}.");
    }

    /// <summary>How many hits or similar papers to show: <paramref name="fallback"/> when <c>--top</c> is not given.</summary>
    public static int HitCount(string? text, int fallback) => Count(text, fallback, PaperGrammar.MostHits);

    /// <summary>How many key phrases to chart: <paramref name="fallback"/> when <c>--top</c> is not given.</summary>
    public static int PhraseCount(string? text, int fallback) => Count(text, fallback, PaperGrammar.MostPhrases);

    private static int Count(string? text, int fallback, int most)
    {
        if (text is null) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int top) && top >= 1 && top <= most) return top;
        throw new PaperCommandException($"--top takes a whole number from 1 to {most}, not {PaperCommandException.Quote(text.Trim())}.");
    }

    private static T Choose<T>(string parameter, string? text, IReadOnlyList<string> names, T fallback, IReadOnlyList<T> values)
    {
        if (text is null) return fallback;
        string typed = text.Trim();
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], typed, StringComparison.OrdinalIgnoreCase)) return values[i];
        }
        throw new PaperCommandException($"{parameter} takes {Either(names)}, not {PaperCommandException.Quote(typed)}." + NearestName.Hint(typed, names));
    }

    /// <summary><c>bar, pie or treemap</c>.</summary>
    private static string Either(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
}
