using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using PaperNotebooks.Analytics;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace PaperNotebooks.Interactive.Formatters;

/// <summary>Statistics of papers: counts by year (with bars) and by category, top authors, share with code.</summary>
internal static class StatisticsView
{
    public static string Headline(ListingStatistics stats)
    {
        string range = stats.FirstPublished is { } first && stats.LastPublished is { } last
            ? $", {first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "";
        return $"{PaperText.Plural(stats.PaperCount, "paper", "papers")}{range}; " +
               $"with code: {PaperText.Count(stats.WithCode)} ({PaperText.Percent(stats.CodeShare)})";
    }

    public static PocketView Html(ListingStatistics stats)
    {
        int most = stats.PerYear.Count == 0 ? 1 : stats.PerYear.Max(y => y.Papers);
        var years = stats.PerYear.Select(y => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell](y.Year.ToString(CultureInfo.InvariantCulture)),
            td[style: HtmlStyles.Cell + ";text-align:right"](PaperText.Count(y.Papers)),
            td[style: HtmlStyles.Cell](span[style: $"{HtmlStyles.Bar};width:{Math.Max(1, 200 * y.Papers / most)}px"]()))).ToList();
        var categories = stats.PerCategory.Select(c => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell, title: c.Name ?? "not a known arXiv category"](c.Category),
            td[style: HtmlStyles.Cell + ";text-align:right"](PaperText.Count(c.Papers)),
            td[style: HtmlStyles.Cell](c.Name ?? ""))).ToList();
        var authors = stats.TopAuthors.Select(a => (IHtmlContent)tr(
            td[style: HtmlStyles.Cell](a.Name),
            td[style: HtmlStyles.Cell + ";text-align:right"](PaperText.Count(a.Papers)))).ToList();

        var sections = new List<IHtmlContent> { div[style: HtmlStyles.Title](Headline(stats)) };
        if (stats.YearsInferred > 0) sections.Add(div[style: HtmlStyles.Muted]($"{PaperText.Count(stats.YearsInferred)} with the {PaperText.InferredNote}"));
        sections.Add(Section("Papers per year", years));
        sections.Add(Section("Papers per category", categories));
        sections.Add(Section("Top authors", authors));
        return div[@class: "paper-statistics"](sections);
    }

    private static IHtmlContent Section(string heading, List<IHtmlContent> rows) =>
        div[style: "display:inline-block;vertical-align:top;margin:6px 24px 6px 0"](
            div[style: "font-weight:600"](heading),
            rows.Count == 0 ? em("none") : table[style: HtmlStyles.Table](tbody(rows)));

    public static string Text(ListingStatistics stats)
    {
        var text = new StringBuilder();
        text.AppendLine(Headline(stats));
        if (stats.YearsInferred > 0) text.AppendLine($"{PaperText.Count(stats.YearsInferred)} with the {PaperText.InferredNote}");
        text.AppendLine().AppendLine("papers per year");
        int most = stats.PerYear.Count == 0 ? 1 : stats.PerYear.Max(y => y.Papers);
        foreach (var year in stats.PerYear)
        {
            text.AppendLine($"  {year.Year}  {PaperText.Count(year.Papers),7}  {new string('#', (int)Math.Ceiling(30.0 * year.Papers / most))}");
        }
        text.AppendLine().AppendLine("papers per category");
        foreach (var category in stats.PerCategory)
        {
            text.AppendLine($"  {category.Category,-12} {PaperText.Count(category.Papers),7}  {category.Name}".TrimEnd());
        }
        text.AppendLine().AppendLine("top authors");
        int rank = 0;
        foreach (var author in stats.TopAuthors)
        {
            text.AppendLine($"  {++rank,3}. {author.Name,-32} {PaperText.Count(author.Papers),7}");
        }
        return text.ToString().TrimEnd();
    }
}
